using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Cases;

namespace OneStop.Web.Pages.Cases;

/// <summary>The caseworker's dashboard: my open cases, my overdue actions, my coming appointments; and the cases of my structures.</summary>
public sealed class IndexModel(CaseDashboards dashboards, CaseQueries queries, CaseScope scope, AppDbContext db) : PageModel
{
    public MyWorkDto Mine { get; private set; } = null!;
    public List<CaseSummaryDto> Cases { get; private set; } = [];
    public List<(int Id, string Name)> Coordinated { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool ShowClosed { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        if (access.Read.Count == 0)
        {
            return NotFound();
        }

        Mine = await dashboards.MineAsync(ct);
        Cases = await queries.ListAsync(new CaseQueries.Filter(OpenOnly: !ShowClosed), ct);
        var coordinated = access.Coordinate.ToList();
        Coordinated = (await db.Structures.AsNoTracking().Where(s => coordinated.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
        return Page();
    }
}
