using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Referrals;

/// <summary>The referrals of a person on their file (loaded into the file by htmx): the loop seen from the sender.</summary>
public sealed class ForPersonModel(ReferralQueries queries, PeopleScope people) : PageModel
{
    public int BeneficiaryId { get; private set; }
    public bool CanRefer { get; private set; }
    public List<ReferralListItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int beneficiaryId, CancellationToken ct)
    {
        if (!await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == beneficiaryId, ct))
        {
            return NotFound();
        }

        BeneficiaryId = beneficiaryId;
        CanRefer = await people.CanWriteAsync(beneficiaryId, ct);
        Items = await queries.ForPersonAsync(beneficiaryId, ct);
        return Page();
    }
}
