using Microsoft.Extensions.Localization;
using OneStop.Web.Domain;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Api;

/// <summary>Statistics: the ESF indicators of a period (INDICATORS.md), for the structures the user may report on.</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/esf", EsfAsync)
            .WithSummary("ESF indicators (2014-2020 CO/CR or 2021-2027 EECO/EECR) of a period, by gender");
    }

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
        return TypedResults.Ok(Json(report, await scope.SmallCellsAsync(structures, ct), t));
    }

    /// <summary>The answer; with small-cell suppression a count from 1 to threshold − 1 is null and
    /// <c>suppressedBelow</c> names the threshold.</summary>
    public static EsfReportJson Json(EsfReport r, SmallCells cells, IStringLocalizer<ReportsResource> t) => new(
        EsfRequest.Name(r.Framework), r.From, r.To, cells.Value(r.Participants), cells.Value(r.Incomplete),
        [.. r.Indicators.Select(i => new EsfIndicatorJson(i.Code, t[i.Code], cells.Value(i.Total), cells.Value(i.Women), cells.Value(i.Men), cells.Value(i.NonBinary)))],
        cells.Suppress ? cells.Threshold : null);
}

public sealed record EsfReportJson(string Framework, DateOnly From, DateOnly To, int? Participants, int? Incomplete, IReadOnlyList<EsfIndicatorJson> Indicators, int? SuppressedBelow);

public sealed record EsfIndicatorJson(string Code, string Name, int? Total, int? Women, int? Men, int? NonBinary);
