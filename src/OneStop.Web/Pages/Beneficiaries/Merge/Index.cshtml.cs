using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Duplicates;

namespace OneStop.Web.Pages.Beneficiaries.Merge;

/// <summary>A Coordinator merges two records of one person, choosing the surviving value per field.</summary>
public sealed class IndexModel(MergeQueries queries, BeneficiaryMerger merger, IStringLocalizer<DuplicatesResource> t, IStringLocalizer<SharedResource> l) : PageModel
{
    public MergePreview? Preview { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public Dictionary<string, MergeChoice> Fields { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(int survivor, int merged, CancellationToken ct)
    {
        var (status, preview) = await queries.PreviewAsync(survivor, merged, ct);
        if (preview is null)
        {
            return Refuse(status);
        }

        Preview = preview;
        Input.Fields = preview.Fields.ToDictionary(f => f.Field.Name, f => f.Default);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int survivor, int merged, CancellationToken ct)
    {
        var outcome = await merger.MergeAsync(survivor, merged, Input.Fields, ct);
        if (outcome.Status == MergeStatus.Done)
        {
            TempData["Message"] = t["MergeDone"].Value;
            return Redirect($"/Beneficiaries/Merge/Undo/{outcome.MergeId}");
        }

        if (outcome.Status is not (MergeStatus.Invalid or MergeStatus.Conflict or MergeStatus.Blocked))
        {
            return Refuse(outcome.Status);
        }

        ModelState.AddModelError("", outcome.Status switch
        {
            MergeStatus.Conflict => l["ConflictDetail"],
            MergeStatus.Blocked => t["MergeBlocked_" + outcome.BlockedBy],
            _ => t["UnknownField", outcome.InvalidField!],
        });
        Preview = (await queries.PreviewAsync(survivor, merged, ct)).Preview;
        return Page();
    }

    private IActionResult Refuse(MergeStatus status) => status == MergeStatus.Forbidden ? Forbid() : NotFound();
}
