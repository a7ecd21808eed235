using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Cases;

namespace OneStop.Web.Pages.Cases;

/// <summary>Opens a person's case in a structure (from the Today page's visit or from the person's file).</summary>
public sealed class OpenModel(CaseWriter writer, CaseScope scope, CaseQueries queries, CurrentUser currentUser, AppDbContext db, IStringLocalizer<CasesResource> t) : PageModel
{
    [BindProperty]
    public OpenCaseFields Input { get; set; } = new();

    public string PersonName { get; private set; } = "";
    public List<(int Id, string Name)> Structures { get; private set; } = [];
    public List<CaseworkerDto> Caseworkers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int beneficiaryId, long? visitId, int? structureId, CancellationToken ct)
    {
        Input = new OpenCaseFields { BeneficiaryId = beneficiaryId, VisitId = visitId, StructureId = structureId };
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.StructureId ??= Structures[0].Id;
        if (await db.Cases.AsNoTracking().Where(c => c.BeneficiaryId == beneficiaryId && c.StructureId == Input.StructureId).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct) is { } existing)
        {
            TempData["Message"] = t["CaseExists"].Value;
            return Redirect($"/Cases/Details/{existing}");
        }

        Input.CaseworkerIds = [(await currentUser.GetAsync(ct)).UserId];
        Caseworkers = await queries.CaseworkersAsync(Input.StructureId.Value, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await writer.OpenAsync(Input, ct);
            if (result.ExistingId is { } existing)
            {
                TempData["Message"] = t["CaseExists"].Value;
                return Redirect($"/Cases/Details/{existing}");
            }

            if (result.Succeeded)
            {
                TempData["Message"] = t["CaseOpened"].Value;
                return Redirect($"/Cases/Details/{result.Id}");
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            ModelState.AddInputErrors(result.Errors);
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Caseworkers = await queries.CaseworkersAsync(Input.StructureId ?? Structures[0].Id, ct);
        return Page();
    }

    /// <summary>The person and the structures (serving them) where the user keeps cases; false when there are none.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var work = (await scope.GetAsync(ct)).Work;
        var person = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == Input.BeneficiaryId && b.MergedIntoId == null)
            .Select(b => new { Name = b.LastName + " " + b.FirstName, Structures = b.Links.Where(l => work.Contains(l.StructureId)).Select(l => new { l.StructureId, l.Structure!.Name }).ToList() })
            .SingleOrDefaultAsync(ct);
        if (person is null || person.Structures.Count == 0)
        {
            return false;
        }

        PersonName = person.Name;
        Structures = person.Structures.Select(s => (s.StructureId, s.Name)).OrderBy(s => s.Name, StringComparer.CurrentCulture).ToList();
        return true;
    }
}
