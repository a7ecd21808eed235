using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;
using OneStop.Web.Features.Participants;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Pages.Reports;

/// <summary>The data-quality report (ADR 078): each kind of problem with its count, and the records to fix, paged.</summary>
public sealed class QualityModel(QualityScope scope, QualityReport report, QualityExport export,
    IStringLocalizer<ReportsResource> t, IStringLocalizer<ParticipantsResource> esf) : PageModel
{
    public const int FirstItems = 10, ListPageSize = 50;

    [BindProperty(SupportsGet = true, Name = "structureId")]
    public int? StructureId { get; set; }

    [BindProperty(SupportsGet = true, Name = "consentDays")]
    public int? ConsentDays { get; set; }

    [BindProperty(SupportsGet = true, Name = "section")]
    public string? Section { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNo")]
    public int PageNo { get; set; } = 1;

    public List<EsfStructure> Structures { get; private set; } = [];
    public QualitySummary? Summary { get; private set; }
    public QualitySection? List { get; private set; }
    public int Days => QualityReport.ClampConsentDays(ConsentDays);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Structures = await scope.NamedAsync(ct);
        if (Structures.Count == 0)
        {
            return Page();
        }

        if (Section is not null)
        {
            List = await report.SectionAsync(Section, StructureId, Days, PageNo, ListPageSize, ct);
            return List is null ? NotFound() : Page();
        }

        Summary = await report.SummaryAsync(StructureId, Days, FirstItems, ct);
        return Summary is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await scope.ChooseAsync(StructureId, ct) is not { Count: > 0 } structures)
        {
            return NotFound();
        }

        var bytes = await export.XlsxAsync(structures, Days, t, esf, ct);
        await report.AuditAsync("export_xlsx", StructureId, ct);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "data-quality.xlsx");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Section is null || !QualitySections.All.Contains(Section) || await scope.ChooseAsync(StructureId, ct) is not { Count: > 0 } structures)
        {
            return NotFound();
        }

        await report.AuditAsync("export_csv_" + Section, StructureId, ct);
        Response.ContentType = CsvWriter.ContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"data-quality-{Section}.csv\"";
        await export.CsvAsync(Response.Body, Section, structures, Days, t, esf, ct);
        return new EmptyResult();
    }

    public string Title(string section) => t[QualitySections.TitleKey(section), Days];

    public string Details(string section, QualityItem item) => QualityExport.Details(section, item, t, esf);

    public string Query(string? section = null, int? pageNo = null, string? handler = null)
    {
        var parts = new List<string>();
        if (StructureId is { } s)
        {
            parts.Add("structureId=" + s.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ConsentDays is not null)
        {
            parts.Add("consentDays=" + Days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (section is not null)
        {
            parts.Add("section=" + section);
        }

        if (pageNo is > 1)
        {
            parts.Add("pageNo=" + pageNo.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (handler is not null)
        {
            parts.Add("handler=" + handler);
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
