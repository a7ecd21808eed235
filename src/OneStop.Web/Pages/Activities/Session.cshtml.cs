using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;
using OneStop.Web.Features.Activities;

namespace OneStop.Web.Pages.Activities;

/// <summary>
/// One session: who attended (found with the Today page's search), anonymous head counts by gender
/// and age band, and the printable attendance list with signature boxes.
/// </summary>
public sealed class SessionModel(ActivityQueries queries, ActivityWriter writer, BeneficiarySearch search, PeopleScope people, AttendanceListBuilder lists, IStringLocalizer<ActivitiesResource> t) : PageModel
{
    [BindProperty]
    public HeadCountFields Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public SessionDto Session { get; private set; } = null!;
    public List<BeneficiaryHit> Hits { get; private set; } = [];
    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (CanRecord && !string.IsNullOrWhiteSpace(Q))
        {
            Hits = (await search.SearchAsync(Q, 10, ct)).Items;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id, CancellationToken ct) =>
        await queries.SessionAsync(id, ct) is { } s ? File(AttendanceListPdf.Render(lists.Build(s)), "application/pdf", lists.FileName(s)) : NotFound();

    public async Task<IActionResult> OnPostAttendAsync(int id, int beneficiaryId, CancellationToken ct)
    {
        var result = await writer.AttendAsync(new AttendanceFields { SessionId = id, BeneficiaryId = beneficiaryId }, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? t["AttendanceRecorded"].Value : string.Join(" ", result.Errors.Select(e => e.Value));
        return Redirect($"/Activities/Session/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int attendanceId, CancellationToken ct)
    {
        var result = await writer.RemoveAttendanceAsync(id, attendanceId, ct);
        return result.NotFound ? NotFound() : Redirect($"/Activities/Session/{id}");
    }

    public async Task<IActionResult> OnPostHeadCountAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !CanRecord)
        {
            return NotFound();
        }

        Input.SessionId = id;
        ModelState.Remove("Input.SessionId");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.AddHeadCountAsync(Input, ct);
        if (!result.Succeeded)
        {
            ModelState.AddInputErrors(result.Errors);
            return Page();
        }

        TempData["Message"] = t["HeadCountRecorded"].Value;
        return Redirect($"/Activities/Session/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.SessionAsync(id, ct) is not { } session)
        {
            return false;
        }

        Session = session;
        CanRecord = await people.CanWorkInAsync(session.StructureId, ct);
        return true;
    }
}
