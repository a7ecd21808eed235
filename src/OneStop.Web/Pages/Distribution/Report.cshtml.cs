using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Distribution;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.Distribution;

/// <summary>Households and persons served, items given and end-recipient breakdowns for a period.</summary>
public sealed class ReportModel(DistributionReport report, AthensClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int StructureId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public DistributionReportDto Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today;
        From ??= new DateOnly(today.Year, today.Month, 1);
        To ??= today;
        if (await report.BuildAsync(StructureId, From.Value, To.Value, ct) is not { } r)
        {
            return NotFound();
        }

        Report = r;
        return Page();
    }
}
