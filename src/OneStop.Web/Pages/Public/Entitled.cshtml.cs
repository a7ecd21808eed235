using Microsoft.AspNetCore.Mvc;
using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.Public;

/// <summary>
/// "What might I be entitled to?": anonymous answers matched against the administrators'
/// published rules. The answers are posted (not put in the address) and never stored.
/// </summary>
public sealed class EntitledModel(PortalQueries portal, ProgrammeContent programmes) : PublicPageModel
{
    [BindProperty] public int? HouseholdSize { get; set; }
    [BindProperty] public int? ApplicantAge { get; set; }
    [BindProperty] public int? ChildrenUnder18 { get; set; }
    [BindProperty] public int? ChildrenUnder6 { get; set; }
    [BindProperty] public int? IncomeBand { get; set; }
    [BindProperty] public string? Housing { get; set; }
    [BindProperty] public bool? Disability { get; set; }
    [BindProperty] public string? Employment { get; set; }

    public List<ProgrammeView>? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(int municipalityId, CancellationToken ct) =>
        await LoadMunicipalityAsync(portal, municipalityId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int municipalityId, CancellationToken ct)
    {
        if (!await LoadMunicipalityAsync(portal, municipalityId, ct))
        {
            return NotFound();
        }

        // Out-of-range answers count as unanswered rather than as an error: this is a hint, not a form to file.
        var answers = new Answers(
            Range(HouseholdSize, 1, 30), Range(ApplicantAge, 0, 120), Range(ChildrenUnder18, 0, 30), Range(ChildrenUnder6, 0, 30),
            Range(IncomeBand, 0, Eligibility.IncomeBands - 1),
            Eligibility.HousingCodes.Contains(Housing) ? Housing : null, Disability,
            Eligibility.EmploymentCodes.Contains(Employment) ? Employment : null);
        Results = await programmes.MayFitAsync(answers, IsEnglish, ct);
        return Page();
    }

    private static int? Range(int? value, int min, int max) => value is { } v && v >= min && v <= max ? v : null;
}
