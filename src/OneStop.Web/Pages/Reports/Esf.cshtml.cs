using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Pages.Reports;

/// <summary>The ESF indicators of a period for one structure or all the user may report on (ADR 070).</summary>
public sealed class EsfModel(ReportScope scope, EsfIndicators esf, EsfPeople people, AthensClock clock, IStringLocalizer<ReportsResource> t) : PageModel
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

    /// <summary>True when the user may see the people behind the numbers: the cells link to them and the micro-data can be downloaded (ADR 072).</summary>
    public bool SeesPeople { get; private set; }

    /// <summary>The report's parameters as a query string, for the drill-down links and the downloads.</summary>
    public string Query { get; private set; } = "";

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
        Cells = EsfCells.Suppress(await scope.SmallCellsAsync(structures, ct), Report);
        SeesPeople = await people.MaySeeAsync(structures, ct);
        Query = new EsfCell(request, "", null).Query(StructureId).Replace("&code=", "", StringComparison.Ordinal);
        return Page();
    }

    /// <summary>The drill-down page of one cell.</summary>
    public string CellUrl(string code, string? gender) =>
        "/Reports/EsfParticipants?" + Query + "&code=" + Uri.EscapeDataString(code) + (gender is null ? "" : "&gender=" + gender);

    /// <summary>A localised sentence cut at its {0}, {1} … placeholders, so that each number can be a link.</summary>
    public static IEnumerable<(string Text, int? Arg)> Pieces(string format)
    {
        var parts = System.Text.RegularExpressions.Regex.Split(format, @"\{(\d)\}");
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                yield return ("", int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (parts[i].Length > 0)
            {
                yield return (parts[i], null);
            }
        }
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;
}
