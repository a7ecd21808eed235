using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Participants;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Pages.Reports;

/// <summary>
/// The drill-down of one cell of the ESF table: the participants it counts, by name, with links to
/// their file and participation (ADR 072). Coordinators and Supervisors only; anything else is 404.
/// </summary>
public sealed class EsfParticipantsModel(ReportScope scope, EsfPeople people, ParticipationAccess access, IStringLocalizer<ReportsResource> t) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "framework")]
    public string? Framework { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "structureId")]
    public int? StructureId { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true, Name = "gender")]
    public string? Gender { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public EsfCell? Cell { get; private set; }
    public EsfPersonPage? List { get; private set; }

    /// <summary>Structures where the user records ESF data: there the dates link to the participation's forms.</summary>
    public HashSet<int> Writable { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        (Cell, _) = EsfCell.Parse(Framework, From, To, Code, Gender, t);
        if (Cell is null || await scope.ChooseAsync(StructureId, ct) is not { Count: > 0 } structures || !await people.MaySeeAsync(structures, ct))
        {
            return NotFound();
        }

        List = await people.ListAsync(Cell, structures, PageNumber, PageSize, ct);
        foreach (var s in List.Items.Select(i => i.StructureId).Distinct())
        {
            if (await access.CanWriteAsync(s, ct))
            {
                Writable.Add(s);
            }
        }

        return Page();
    }

    /// <summary>What the cell counts, as its row and column are named on the report.</summary>
    public string CellName => Cell!.Code switch
    {
        EsfIndicators.ParticipantsCell => t["CellParticipants"],
        EsfIndicators.IncompleteCell => t["CellIncomplete"],
        _ => Cell.Code + " – " + t[Cell.Code],
    };

    public string GenderName => t[Cell!.Gender switch
    {
        OneStop.Vocabulary.Gender.Female => "Women",
        OneStop.Vocabulary.Gender.Male => "Men",
        OneStop.Vocabulary.Gender.NonBinary => "NonBinary",
        _ => "ColumnTotal",
    }];

    public string ReportUrl => "/Reports/Esf?" + Cell!.Query(StructureId).Split("&code=")[0];

    public string PageUrl(int page) => "?" + Cell!.Query(StructureId) + "&pageNumber=" + page.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}
