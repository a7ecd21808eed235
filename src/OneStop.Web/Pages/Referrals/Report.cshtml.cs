using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Referrals;

/// <summary>Referrals sent by the user's structures, by destination and status, with median days to acceptance and completion.</summary>
public sealed class ReportModel(ReferralReport report) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public ReferralReportDto Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Report = await report.BuildAsync(From, To, ct);
}
