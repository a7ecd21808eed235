using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Pages.Beneficiaries;

/// <summary>What Register and Edit share: the input, the option lists, the ΑΜΚΑ warning and the duplicate answer.</summary>
public abstract class BeneficiaryFormModel(AppDbContext db, PeopleScope people, IStringLocalizer<BeneficiariesResource> t) : PageModel
{
    /// <summary>Blank household rows offered below the filled ones.</summary>
    private const int SpareHouseholdRows = 2;

    [BindProperty]
    public BeneficiaryFields Input { get; set; } = new();

    public List<SelectListItem> StructureOptions { get; private set; } = [];
    public List<SelectListItem> CountryOptions { get; private set; } = [];
    public bool AmkaWarning { get; protected set; }
    public bool Conflict { get; protected set; }
    public BeneficiaryWriter.Duplicate? Duplicate { get; protected set; }
    public virtual bool IsNew => true;

    public IStringLocalizer<BeneficiariesResource> T => t;

    public List<SelectListItem> EnumOptions<TEnum>(string prefix) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(t[$"{prefix}_{v}"], v.ToString())).ToList();

    public List<SelectListItem> YesNoOptions() =>
        [new(t["Answer_Yes"], "true"), new(t["Answer_No"], "false")];

    protected async Task LoadOptionsAsync(CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        StructureOptions = await db.Structures.AsNoTracking().Where(s => write.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(ct);
        CountryOptions = Countries.Options();
        while (Input.Household.Count(h => h.IsEmpty) < SpareHouseholdRows)
        {
            Input.Household.Add(new HouseholdFields());
        }

        if (IsNew)
        {
            foreach (var purpose in Enum.GetValues<ConsentPurpose>().Where(p => Input.Consents.All(c => c.Purpose != p)))
            {
                Input.Consents.Add(new ConsentFields { Purpose = purpose });
            }

            Input.Consents = Input.Consents.OrderBy(c => c.Purpose).ToList();
        }
    }

    protected void AddErrors(IEnumerable<KeyValuePair<string, string>> errors)
    {
        ModelState.AddInputErrors(errors);
    }

    /// <summary>The Latin-script names suggested by ELOT 743 (htmx, when a Greek name changes).</summary>
    public IActionResult OnGetLatin(
        [FromQuery(Name = "Input.LastName")] string? lastName, [FromQuery(Name = "Input.FirstName")] string? firstName,
        [FromQuery(Name = "Input.LatinLastName")] string? latinLast, [FromQuery(Name = "Input.LatinFirstName")] string? latinFirst,
        string? suggestedLast, string? suggestedFirst)
    {
        ModelState.Clear();
        Input.LatinLastName = Suggest(lastName, latinLast, suggestedLast);
        Input.LatinFirstName = Suggest(firstName, latinFirst, suggestedFirst);
        return Partial("_LatinNames", this);
    }

    /// <summary>Replaces the Latin form only while it is empty or still the previous suggestion (a typed form is kept).</summary>
    private static string? Suggest(string? greek, string? current, string? previousSuggestion) =>
        string.IsNullOrWhiteSpace(current) || string.Equals(current, previousSuggestion, StringComparison.Ordinal)
            ? Elot743.Transliterate(greek?.Trim() ?? "").ToUpperInvariant()
            : current;
}
