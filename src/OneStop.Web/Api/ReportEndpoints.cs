using Microsoft.Extensions.Localization;
using OneStop.Web.Domain;
using OneStop.Web.Exports;
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
        reports.MapGet("/esf/participants", ParticipantsAsync)
            .WithSummary("The participants behind one cell of the ESF table (code: an indicator, participants or incomplete; gender: female, male, non_binary or none for the total); Coordinators and Supervisors only, paged, audited");
        reports.MapGet("/esf/export", ExportAsync)
            .WithSummary("The ESF table as XLSX or PDF (format=xlsx|pdf), with small-cell suppression where it applies");
        reports.MapGet("/esf/microdata", MicrodataAsync)
            .WithSummary("One row per participant who entered or left in the period, every INDICATORS.md field, as CSV or XLSX (format=csv|xlsx), streamed; Coordinators and Supervisors only, audited");
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

    private static async Task<IResult> ExportAsync(string? format, string? framework, string? from, string? to, int? structureId, EsfIndicators esf, ReportScope scope,
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
}

public sealed record EsfReportJson(string Framework, DateOnly From, DateOnly To, int? Participants, int? Incomplete, IReadOnlyList<EsfIndicatorJson> Indicators, int? SuppressedBelow);

public sealed record EsfParticipantsJson(IReadOnlyList<EsfParticipantJson> Items, int Total, int Page, int PageSize);

public sealed record EsfParticipantJson(int BeneficiaryId, string LastName, string FirstName, int StructureId, string StructureName, DateOnly EntryDate, DateOnly? ExitDate,
    OneStop.Data.Entities.Gender? Gender, int EntryParticipationId, int? ExitParticipationId);

public sealed record EsfIndicatorJson(string Code, string Name, int? Total, int? Women, int? Men, int? NonBinary);
