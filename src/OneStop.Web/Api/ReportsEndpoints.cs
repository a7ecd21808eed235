using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Exports;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Api;

/// <summary>The Reports area: ESF indicators and their drill-down, activity statistics, the data-quality report.</summary>
public static class ReportsEndpoints
{
    public static void MapReportsEndpoints(this RouteGroupBuilder api)
    {
        MapEsf(api);
        MapActivity(api);
        MapQuality(api);
    }

    /// <summary>Statistics: the ESF indicators of a period (docs/INDICATORS.md), for the structures the user may report on.</summary>
    private static void MapEsf(RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/esf", EsfAsync)
            .WithSummary("ESF indicators (2014-2020 CO/CR or 2021-2027 EECO/EECR) of a period, by gender");
        reports.MapGet("/esf/participants", ParticipantsAsync)
            .WithSummary("The participants behind one cell of the ESF table (code: an indicator, participants or incomplete; gender: female, male, non_binary or none for the total); Coordinators and Supervisors only, paged, audited");
        reports.MapGet("/esf/export", EsfExportAsync)
            .WithSummary("The ESF table as XLSX or PDF (format=xlsx|pdf), with small-cell suppression where it applies");
        reports.MapGet("/esf/microdata", MicrodataAsync)
            .WithSummary("One row per participant who entered or left in the period, every docs/INDICATORS.md field, as CSV or XLSX (format=csv|xlsx), streamed; Coordinators and Supervisors only, audited");
    }

    private static async Task<IResult> ParticipantsAsync(string? framework, string? from, string? to, int? structureId, string? code, string? gender, int? page, int? pageSize,
        EsfPeople people, ReportScope scope, IStringLocalizer<ReportsResource> t, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (cell, errors) = EsfCell.Parse(framework, from, to, code, gender, t);
        if (cell is null)
        {
            return ApiProblems.Validation(errors, l);
        }

        if (await scope.ChooseAsync(structureId, ct) is not { Count: > 0 } structures || !await people.MaySeeAsync(structures, ct))
        {
            return ApiProblems.NotFound();
        }

        var list = await people.ListAsync(cell, structures, page ?? 1, pageSize ?? 50, ct);
        return TypedResults.Ok(new EsfParticipantsJson(
            [.. list.Items.Select(p => new EsfParticipantJson(p.BeneficiaryId, p.LastName, p.FirstName, p.StructureId, p.StructureName, p.EntryDate, p.ExitDate,
                p.Gender, p.EntryParticipationId, p.ExitParticipationId))],
            list.Total, list.Page, list.PageSize));
    }

    private static async Task<IResult> EsfExportAsync(string? format, string? framework, string? from, string? to, int? structureId, EsfIndicators esf, ReportScope scope,
        TimeProvider time, IStringLocalizer<ReportsResource> t, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (request, errors) = EsfRequest.Parse(framework, from, to, t);
        if (format is not ("xlsx" or "pdf"))
        {
            errors["format"] = [t["FormatInvalid"]];
        }

        if (request is null || errors.Count > 0)
        {
            return ApiProblems.Validation(errors, l);
        }

        if (await scope.ChooseAsync(structureId, ct) is not { Count: > 0 } structures)
        {
            return ApiProblems.NotFound();
        }

        var report = await esf.CountAsync(request.Framework, request.From, request.To, structures, ct);
        var name = structureId is null ? t["AllStructures"].Value : (await scope.NamedAsync(ct)).First(s => s.Id == structureId).Name;
        var table = EsfTableBuilder.Build(report, EsfCells.Suppress(await scope.SmallCellsAsync(structures, ct), report), name, time.GetUtcNow().UtcDateTime, t);
        var file = FileName(request, structureId, format!);
        return format == "pdf"
            ? TypedResults.File(EsfTablePdf.Render(table), "application/pdf", file)
            : TypedResults.File(EsfTableXlsx.Render(table), XlsxType, file);
    }

    private static async Task<IResult> MicrodataAsync(string? format, string? framework, string? from, string? to, int? structureId, EsfMicrodata microdata, EsfPeople people,
        ReportScope scope, IStringLocalizer<ReportsResource> t, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (request, errors) = EsfRequest.Parse(framework, from, to, t);
        if (format is not (EsfMicrodata.Csv or EsfMicrodata.Xlsx))
        {
            errors["format"] = [t["FormatInvalid"]];
        }

        if (request is null || errors.Count > 0)
        {
            return ApiProblems.Validation(errors, l);
        }

        if (await scope.ChooseAsync(structureId, ct) is not { Count: > 0 } structures || !await people.MaySeeAsync(structures, ct))
        {
            return ApiProblems.NotFound();
        }

        return TypedResults.Stream(
            body => microdata.WriteAsync(format!, request, structures, body, ct),
            format == EsfMicrodata.Csv ? CsvWriter.ContentType : XlsxType,
            FileName(request, structureId, format!).Replace("esf-", "esf-microdata-", StringComparison.Ordinal));
    }

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string FileName(EsfRequest r, int? structureId, string extension) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"esf-{EsfRequest.Name(r.Framework)}-{r.From:yyyy-MM-dd}-{r.To:yyyy-MM-dd}{(structureId is null ? "" : "-" + structureId)}.{extension}");

    private static async Task<IResult> EsfAsync(string? framework, string? from, string? to, int? structureId, EsfIndicators esf, ReportScope scope,
        IStringLocalizer<ReportsResource> t, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (request, errors) = EsfRequest.Parse(framework, from, to, t);
        if (request is null)
        {
            return ApiProblems.Validation(errors, l);
        }

        if (await scope.ChooseAsync(structureId, ct) is not { Count: > 0 } structures)
        {
            return ApiProblems.NotFound();
        }

        var report = await esf.CountAsync(request.Framework, request.From, request.To, structures, ct);
        return TypedResults.Ok(Json(report, EsfCells.Suppress(await scope.SmallCellsAsync(structures, ct), report), t));
    }

    /// <summary>The answer; with small-cell suppression a count from 1 to threshold − 1 is null, and so is each count
    /// hidden so that none can be derived from the totals (ADR 087); <c>suppressedBelow</c> names the threshold.</summary>
    public static EsfReportJson Json(EsfReport r, SmallCells cells, IStringLocalizer<ReportsResource> t) => new(
        EsfRequest.Name(r.Framework), r.From, r.To, cells.Value(EsfCells.Participants, r.Participants), cells.Value(EsfCells.Incomplete, r.Incomplete),
        [.. r.Indicators.Select(i => new EsfIndicatorJson(i.Code, t[i.Code], cells.Value(EsfCells.Cell(i.Code, null), i.Total),
            cells.Value(EsfCells.Cell(i.Code, "female"), i.Women), cells.Value(EsfCells.Cell(i.Code, "male"), i.Men), cells.Value(EsfCells.Cell(i.Code, "non_binary"), i.NonBinary)))],
        cells.Suppress ? cells.Threshold : null);

    /// <summary>Activity statistics of a period (visits, persons, cases, referrals) and their exports, for the structures the user may report on (ADR 070, 075).</summary>
    private static void MapActivity(RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/activity", ActivityAsync)
            .WithSummary("Activity statistics of a period: visits by day/week/month and channel, by axis, reason and service; persons, registrations, cases, referrals; per structure and municipality")
            .Produces<ActivityReportJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapGet("/activity/export", ActivityExportAsync)
            .WithSummary("The activity statistics as XLSX (one sheet per table), CSV (long format: table,row,column,value) or PDF")
            .Produces(StatusCodes.Status200OK, contentType: ActivityExports.XlsxType, additionalContentTypes: ["text/csv", "application/pdf"])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ActivityAsync(string? from, string? to, string? granularity, int? structureId, int? municipalityId,
        ActivityReports reports, ActivityTexts texts, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (request, errors) = ActivityRequest.Parse(from, to, granularity, texts.T);
        if (request is null)
        {
            return ApiProblems.Validation(errors, l);
        }

        return await reports.RunAsync(request, structureId, municipalityId, ct) is { } result
            ? TypedResults.Ok(Json(result, texts))
            : ApiProblems.NotFound();
    }

    private static async Task<IResult> ActivityExportAsync(string? format, string? from, string? to, string? granularity, int? structureId, int? municipalityId,
        ActivityReports reports, ActivityTexts texts, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (request, errors) = ActivityRequest.Parse(from, to, granularity, texts.T);
        if (format is not ("xlsx" or "csv" or "pdf"))
        {
            errors["format"] = [texts.T["ActivityFormatInvalid"]];
        }

        if (request is null || errors.Count > 0)
        {
            return ApiProblems.Validation(errors, l);
        }

        return await reports.RunAsync(request, structureId, municipalityId, ct) is { } result
            ? Export(result, texts, format!)
            : ApiProblems.NotFound();
    }

    private static IResult Export(ActivityResult result, ActivityTexts texts, string format)
    {
        var (content, type, name) = ActivityFiles.Render(result, texts, format);
        return TypedResults.File(content, type, name);
    }

    /// <summary>The answer; with small-cell suppression a count from 1 to threshold − 1 is null, and so is each count
    /// hidden so that none can be derived from the totals (ADR 087); <c>suppressedBelow</c> names the threshold.</summary>
    public static ActivityReportJson Json(ActivityResult result, ActivityTexts texts)
    {
        var (r, c) = (result.Report, result.Cells);
        ActivityTotalsJson Totals(ActivityTotals t, Func<string, string> key)
        {
            int? V(int i) => c.Value(key(ActivityCells.Measures[i].Key), ActivityCells.Measures[i].Of(t));
            return new(V(0), V(1), V(2), V(3), V(4), V(5), V(6));
        }

        Dictionary<string, int?> Channels(ActivityPoint p) => p.ByChannel.ToDictionary(k => VisitTexts.Code(k.Key), k => c.Value(ActivityCells.Point(p, k.Key), k.Value));
        int? F(string stage, int n) => c.Value(ActivityCells.Funnel(stage), n);

        return new ActivityReportJson(
            r.From, r.To, ActivityRequest.Name(r.Granularity), Totals(r.Totals, ActivityCells.Total),
            [.. r.Series.Select(p => new ActivityPointJson(p.Start, p.End, c.Value(ActivityCells.Point(p, null), p.Total), Channels(p)))],
            [.. r.ByChannel.Select(k => new ActivityCountJson(VisitTexts.Code(k.Key), texts.Channel(k.Key), c.Value(ActivityCells.Channel(k.Key), k.Value)))],
            [.. r.ByAxis.Select(k => new ActivityCountJson(k.Key.ToString().ToLowerInvariant(), texts.Axis(k.Key), c.Value(ActivityCells.Axis(k.Key), k.Value)))],
            [.. r.ByReason.Select(k => new ActivityCountJson(k.Key, k.Name, c.Value(ActivityCells.Reason(k), k.Count)))],
            [.. r.ByService.Select(k => new ActivityCountJson(k.Key, k.Name, c.Value(ActivityCells.Service(k), k.Count)))],
            new ActivityReferralsJson(
                [.. r.ReferralsByStatus.Select(k => new ActivityCountJson(VisitTexts.Code(k.Key), texts.Status(k.Key), c.Value(ActivityCells.Status(k.Key), k.Value)))],
                [.. r.ReferralsByDestination.Select(k => new ActivityCountJson(k.Key, k.Name, c.Value(ActivityCells.Destination(k), k.Count)))],
                new ActivityFunnelJson(F("created", r.Funnel.Created), F("sent", r.Funnel.Sent), F("accepted", r.Funnel.Accepted), F("completed", r.Funnel.Completed), F("declined", r.Funnel.Declined))),
            [.. r.Structures.Select(u => new ActivityUnitJson(u.Id, u.Name, Totals(u.Totals, m => ActivityCells.Structure(u.Id, m))))],
            [.. r.Municipalities.Select(u => new ActivityUnitJson(u.Id, u.Name, Totals(u.Totals, m => ActivityCells.Municipality(u.Id, m))))],
            c.Suppress ? c.Threshold : null);
    }

    // --- Quality ---

    public const int FirstItems = 10;

    private static void MapQuality(RouteGroupBuilder api)
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

public sealed record EsfReportJson(string Framework, DateOnly From, DateOnly To, int? Participants, int? Incomplete, IReadOnlyList<EsfIndicatorJson> Indicators, int? SuppressedBelow);

public sealed record EsfParticipantsJson(IReadOnlyList<EsfParticipantJson> Items, int Total, int Page, int PageSize);

public sealed record EsfParticipantJson(int BeneficiaryId, string LastName, string FirstName, int StructureId, string StructureName, DateOnly EntryDate, DateOnly? ExitDate,
    Gender? Gender, int EntryParticipationId, int? ExitParticipationId);

public sealed record EsfIndicatorJson(string Code, string Name, int? Total, int? Women, int? Men, int? NonBinary);

public sealed record ActivityReportJson(
    DateOnly From, DateOnly To, string Granularity, ActivityTotalsJson Totals, IReadOnlyList<ActivityPointJson> Series,
    IReadOnlyList<ActivityCountJson> ByChannel, IReadOnlyList<ActivityCountJson> ByAxis, IReadOnlyList<ActivityCountJson> ByReason, IReadOnlyList<ActivityCountJson> ByService,
    ActivityReferralsJson Referrals, IReadOnlyList<ActivityUnitJson> Structures, IReadOnlyList<ActivityUnitJson> Municipalities, int? SuppressedBelow);

public sealed record ActivityTotalsJson(int? Visits, int? UniquePersons, int? NewRegistrations, int? Anonymous, int? CasesOpened, int? CasesClosed, int? Referrals);

/// <summary>A point of the time series; <c>byChannel</c> is keyed by channel code (in_person, phone, …).</summary>
public sealed record ActivityPointJson(DateOnly Start, DateOnly End, int? Total, IReadOnlyDictionary<string, int?> ByChannel);

public sealed record ActivityCountJson(string Key, string Name, int? Count);

public sealed record ActivityReferralsJson(IReadOnlyList<ActivityCountJson> ByStatus, IReadOnlyList<ActivityCountJson> ByDestination, ActivityFunnelJson Funnel);

public sealed record ActivityFunnelJson(int? Created, int? Sent, int? Accepted, int? Completed, int? Declined);

public sealed record ActivityUnitJson(int Id, string Name, ActivityTotalsJson Totals);

public sealed record QualitySummaryJson(int? StructureId, int ConsentDays, IReadOnlyList<QualitySectionJson> Sections, int? LikelyDuplicates);

public sealed record QualitySectionJson(string Section, int Total, int Page, int PageSize, IReadOnlyList<QualityItem> Items);
