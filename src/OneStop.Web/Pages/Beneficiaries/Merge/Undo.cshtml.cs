using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Duplicates;

namespace OneStop.Web.Pages.Beneficiaries.Merge;

/// <summary>A merge that was done: who, when, and the way back.</summary>
public sealed class UndoModel(MergeQueries queries, BeneficiaryMerger merger, IStringLocalizer<DuplicatesResource> t) : PageModel
{
    public MergeSummary? Merge { get; private set; }
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(int mergeId, CancellationToken ct)
    {
        var (status, summary) = await queries.SummaryAsync(mergeId, ct);
        if (summary is null)
        {
            return status == MergeStatus.Forbidden ? Forbid() : NotFound();
        }

        Merge = summary;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int mergeId, CancellationToken ct)
    {
        var outcome = await merger.UndoAsync(mergeId, ct);
        switch (outcome.Status)
        {
            case MergeStatus.Done:
                TempData["Message"] = t["UndoDone"].Value;
                return Redirect($"/Beneficiaries/Merge/Undo/{mergeId}");
            case MergeStatus.Conflict:
                Refused = true;
                return await OnGetAsync(mergeId, ct);
            case MergeStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }
}
