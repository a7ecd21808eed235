using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Cases;

namespace OneStop.Web.Pages.Cases;

/// <summary>The Coordinator's view of a structure: open cases per worker, overdue actions, pending follow-ups.</summary>
public sealed class CoordinatorModel(CaseDashboards dashboards) : PageModel
{
    public CoordinatorDashboardDto Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int structureId, CancellationToken ct)
    {
        if (await dashboards.CoordinatorAsync(structureId, ct) is not { } dashboard)
        {
            return NotFound();
        }

        Dashboard = dashboard;
        return Page();
    }
}
