using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Exports;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Reports;
using OneStop.Web.Features.Statistics;

namespace OneStop.Web.Api;

/// <summary>Activity statistics of a period (visits, persons, cases, referrals) and their exports, for the structures the user may report on (ADR 070, 075).</summary>
public static class StatisticsEndpoints
{
    public static void MapStatisticsEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/activity", ActivityAsync)
            .WithSummary("Activity statistics of a period: visits by day/week/month and channel, by axis, reason and service; persons, registrations, cases, referrals; per structure and municipality")
            .Produces<ActivityReportJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapGet("/activity/export", ExportAsync)
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

    private static async Task<IResult> ExportAsync(string? format, string? from, string? to, string? granularity, int? structureId, int? municipalityId,
        ActivityReports reports, ActivityTexts texts, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var (request, errors) = ActivityRequest.Parse(from, to, granularity, texts.T);
        if (format is not ("xlsx" or "csv" or "pdf"))
        {
            errors["format"] = [texts.T["FormatInvalid"]];
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
        var (content, type, name) = ExportFile(result, texts, format);
        return TypedResults.File(content, type, name);
    }

    /// <summary>The file of one format (content, type, name); the page's buttons answer with the same.</summary>
    public static (byte[] Content, string Type, string Name) ExportFile(ActivityResult result, ActivityTexts texts, string format)
    {
        var r = result.Report;
        var t = texts.T;
        var title = t["ActivityTitle"];
        var note = result.Cells.Suppress ? t["SmallCellsNote", result.Cells.Threshold].Value : null;
        return format switch
        {
            "xlsx" => (ActivityExports.Xlsx(title, texts.Subtitle(r, result.ScopeName), texts.Tables(r), result.Cells, note), ActivityExports.XlsxType, ActivityTexts.FileName(r, "xlsx")),
            "csv" => (ActivityExports.Csv(texts.Tables(r), result.Cells), ActivityExports.CsvType, ActivityTexts.FileName(r, "csv")),
            _ => (ActivityPdf.Render(result, texts, title), "application/pdf", ActivityTexts.FileName(r, "pdf")),
        };
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
}

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
