using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Pages.Reports;

/// <summary>The ESF indicators of a period for one structure or all the user may report on (ADR 070).</summary>
public sealed class EsfModel(ReportScope scope, EsfIndicators esf, AthensClock clock, IStringLocalizer<ReportsResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "framework")]
    public string? Framework { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "structureId")]
    public int? StructureId { get; set; }

    public List<(int Id, string Name)> Structures { get; private set; } = [];
    public EsfReport? Report { get; private set; }
    public SmallCells Cells { get; private set; } = SmallCells.None;
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Structures = await scope.NamedAsync(ct);
        if (Structures.Count == 0)
        {
            return Page();
        }

        var today = clock.Today;
        Framework ??= EsfRequest.Framework2021;
        From ??= new DateOnly(today.Year, 1, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        To ??= today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (request, errors) = EsfRequest.Parse(Framework, From, To, t);
        Errors = errors;
        if (request is null)
        {
            return Page();
        }

        if (await scope.ChooseAsync(StructureId, ct) is not { Count: > 0 } structures)
        {
            return NotFound();
        }

        Report = await esf.CountAsync(request.Framework, request.From, request.To, structures, ct);
        Cells = await scope.SmallCellsAsync(structures, ct);
        return Page();
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;
}
