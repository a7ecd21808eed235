using OneStop.Web.Features.Quality;

namespace OneStop.Web.Api;

/// <summary>The data-quality report (ADR 078): counts per section with the first items, and each section paged. Outside the scope: 404.</summary>
public static class QualityEndpoints
{
    public const int FirstItems = 10;

    public static void MapQualityEndpoints(this RouteGroupBuilder api)
    {
        var quality = api.MapGroup("/reports/quality").WithTags("Reports");
        quality.MapGet("", SummaryAsync)
            .WithSummary("Data quality: each section's count and first items (incomplete ESF data, invalid and duplicate identifiers, consents, overdue follow-ups)");
        quality.MapGet("/{section}", SectionAsync)
            .WithSummary("Data quality: one section's records, paged");
    }

    private static async Task<IResult> SummaryAsync(int? structureId, int? consentDays, QualityReport report, CancellationToken ct) =>
        await report.SummaryAsync(structureId, QualityReport.ClampConsentDays(consentDays), FirstItems, ct) is { } summary
            ? TypedResults.Ok(new QualitySummaryJson(summary.StructureId, summary.ConsentDays, [.. summary.Sections.Select(Json)], summary.LikelyDuplicates))
            : ApiProblems.NotFound();

    private static async Task<IResult> SectionAsync(string section, int? structureId, int? consentDays, int? page, int? pageSize, QualityReport report, CancellationToken ct) =>
        await report.SectionAsync(section, structureId, QualityReport.ClampConsentDays(consentDays), page ?? 1, pageSize ?? 50, ct) is { } list
            ? TypedResults.Ok(Json(list))
            : ApiProblems.NotFound();

    private static QualitySectionJson Json(QualitySection s) => new(s.Section, s.Total, s.Page, s.PageSize, s.Items);
}

public sealed record QualitySummaryJson(int? StructureId, int ConsentDays, IReadOnlyList<QualitySectionJson> Sections, int? LikelyDuplicates);

public sealed record QualitySectionJson(string Section, int Total, int Page, int PageSize, IReadOnlyList<QualityItem> Items);
