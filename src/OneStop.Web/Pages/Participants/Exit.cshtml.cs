using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Pages.Participants;

/// <summary>The ESF exit form; once six months have passed since the exit, also the follow-up result.</summary>
public sealed class ExitModel(ParticipationAccess access, ParticipationQueries queries, ParticipationWriter writer, AthensClock clock, IStringLocalizer<ParticipantsResource> t) : PageModel
{
    [BindProperty]
    public ExitFields Input { get; set; } = new();

    public ParticipationDto Participation { get; private set; } = null!;
    public bool FollowUpOpen { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var p = Participation;
        Input = new ExitFields
        {
            ExitDate = p.ExitDate ?? clock.Today, ExitSituation = p.ExitSituation, QualificationGained = p.QualificationGained,
            Situation6m = p.Situation6m, Improved6m = p.Improved6m, Version = p.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.RecordExitAsync(id, Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        ModelState.AddInputErrors(result.Errors);
        Conflict = result.Conflict;
        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Message"] = t[Input.Situation6m is null && Input.Improved6m is null ? "ExitSaved" : "FollowUpSaved"].Value;
        return Redirect($"/Beneficiaries/Details/{Participation.BeneficiaryId}#esf-participation");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } p || !await access.CanWriteAsync(p.StructureId, ct))
        {
            return false;
        }

        Participation = p;
        FollowUpOpen = p.FollowUpDue is { } due && due <= clock.Today;
        return true;
    }
}
