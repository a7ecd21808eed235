using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Staff;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.Staff;

/// <summary>The person-months list of a period, its XLSX and PDF, and the certification pack.</summary>
public sealed class PersonMonthsModel(StaffQueries queries, PersonMonthsReport report, CertificationPack pack, StaffSheetBuilder sheets, AthensClock clock, IStringLocalizer<StaffResource> t) : PageModel
{
    public List<StructureOption> Structures { get; private set; } = [];
    public PersonMonthsList? List { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public bool CanProducePack { get; private set; }
    public string? PeriodError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? structureId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        Structures = await queries.StructuresAsync(ct);
        var id = structureId ?? Structures.FirstOrDefault()?.Id;
        if (id is null || !Structures.Any(s => s.Id == id))
        {
            return NotFound();
        }

        var today = clock.Today;
        From = from ?? new DateOnly(today.Year, 1, 1);
        To = to ?? new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        if (To < From)
        {
            PeriodError = t["ToBeforeFrom"];
        }
        else if (To.DayNumber - From.DayNumber >= Api.StaffEndpoints.MaxPeriodDays)
        {
            PeriodError = t["PeriodTooLong"];
        }

        if (PeriodError is null)
        {
            List = await report.ForAsync(id.Value, From, To, ct);
        }

        CanProducePack = await pack.CanProduceAsync(id.Value, ct);
        StructureId = id.Value;
        return Page();
    }

    public int StructureId { get; private set; }

    public string Number(decimal value) => sheets.Number(value);

    public string Query => $"from={Iso(From)}&to={Iso(To)}";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
