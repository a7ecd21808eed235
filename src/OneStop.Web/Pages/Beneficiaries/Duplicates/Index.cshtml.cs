using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Duplicates;

namespace OneStop.Web.Pages.Beneficiaries.Duplicates;

/// <summary>A Coordinator's list of likely duplicate pairs among the people of their structures.</summary>
public sealed class IndexModel(DuplicatePairs pairs) : PageModel
{
    public DuplicatePairPage Pairs { get; private set; } = new([], 0, 1, DuplicatePairs.PageSize);

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken ct)
    {
        if ((await pairs.CoordinatedStructuresAsync(ct)).Count == 0)
        {
            return Forbid();
        }

        Pairs = await pairs.ListAsync(page ?? 1, ct);
        return Page();
    }
}
