using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Data.Entities;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Referrals;

/// <summary>The inbox (incoming), the outgoing referrals and the reminders of overdue or unanswered ones.</summary>
public sealed class IndexModel(ReferralQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReferralStatus? Status { get; set; }

    public List<ReferralListItem> Incoming { get; private set; } = [];
    public List<ReferralListItem> Outgoing { get; private set; } = [];
    public List<ReferralListItem> Reminders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await queries.ListAsync(null, Status, ct);
        Incoming = all.Where(r => r.Direction == "incoming").ToList();
        Outgoing = all.Where(r => r.Direction == "outgoing").ToList();
        Reminders = (await queries.RemindersAsync(ct)).ToList();
    }
}
