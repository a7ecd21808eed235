using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Api;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Pages.Reports;

/// <summary>The activity dashboard: tiles, server-drawn charts and tables for a period, and its exports (ADR 070, 075).</summary>
public sealed class ActivityModel(ReportScope scope, ActivityReports reports, ActivityTexts texts, AthensClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "granularity")]
    public string? Granularity { get; set; }

    [BindProperty(SupportsGet = true, Name = "structureId")]
    public int? StructureId { get; set; }

    [BindProperty(SupportsGet = true, Name = "municipalityId")]
    public int? MunicipalityId { get; set; }

    public List<(int Id, string Name)> Structures { get; private set; } = [];
    public List<(int Id, string Name)> Municipalities { get; private set; } = [];
    public ActivityResult? Result { get; private set; }
    public ActivityTexts Texts => texts;
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } notFound)
        {
            return notFound;
        }

        if (Result is null || format is not ("xlsx" or "csv" or "pdf"))
        {
            return Page();
        }

        var (content, type, name) = ActivityFiles.Render(Result, texts, format);
        return File(content, type, name);
    }

    /// <summary>Null when the page can be shown; NotFound when the choice is outside the user's scope.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Structures = await scope.NamedAsync(ct);
        if (Structures.Count == 0)
        {
            return null;
        }

        Municipalities = await reports.MunicipalitiesAsync(ct);
        var today = clock.Today;
        From ??= new DateOnly(today.Year, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        To ??= today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Granularity ??= "month";
        var (request, errors) = ActivityRequest.Parse(From, To, Granularity, texts.T);
        Errors = errors;
        if (request is null)
        {
            return null;
        }

        Result = await reports.RunAsync(request, StructureId, MunicipalityId, ct);
        return Result is null ? NotFound() : null;
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;

    /// <summary>The query string of the current choice, for the export links.</summary>
    public string ExportUrl(string format) => Url.Page("/Reports/Activity", "Export", new { format, from = From, to = To, granularity = Granularity, structureId = StructureId, municipalityId = MunicipalityId })!;
}
