using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;
using OneStop.Web.Features.Staff;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

public static class StaffEndpoints
{
    /// <summary>The longest period one person-months list or pack covers.</summary>
    public const int MaxPeriodDays = 731;

    public static void MapStaffEndpoints(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff");
        staff.MapPost("/", CreateAsync);
        staff.MapGet("/{id:int}", async Task<IResult> (int id, StaffQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound());
        staff.MapPut("/{id:int}", UpdateAsync);
        staff.MapPost("/{id:int}/leave", AddLeaveAsync);
        staff.MapPost("/{id:int}/attendance", RecordAttendanceAsync);

        var structures = api.MapGroup("/structures/{id:int}").WithTags("Staff");
        structures.MapGet("/staff", async Task<IResult> (int id, StaffQueries queries, CancellationToken ct) =>
            await queries.ListAsync(id, ct) is { } items ? TypedResults.Ok(new { items, total = items.Count }) : ApiProblems.NotFound());
        structures.MapGet("/attendance", DayAsync);
        structures.MapGet("/attendance-sheet.pdf", DaySheetAsync);
        structures.MapGet("/attendance-month.pdf", MonthSheetAsync);
        structures.MapGet("/person-months", PersonMonthsAsync);
        structures.MapGet("/person-months.pdf", async Task<IResult> (int id, DateOnly? from, DateOnly? to, PersonMonthsReport report, StaffSheetBuilder sheets, IStringLocalizer<SharedResource> l, IStringLocalizer<StaffResource> t, CancellationToken ct) =>
            Period(from, to, l, t) ?? (await report.ForAsync(id, from!.Value, to!.Value, ct) is { } list
                ? TypedResults.File(StaffSheetPdf.Render(sheets.PersonMonths(list)), "application/pdf", $"person-months-{id}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.pdf")
                : ApiProblems.NotFound()));
        structures.MapGet("/person-months.xlsx", async Task<IResult> (int id, DateOnly? from, DateOnly? to, PersonMonthsReport report, StaffSheetBuilder sheets, IStringLocalizer<SharedResource> l, IStringLocalizer<StaffResource> t, CancellationToken ct) =>
            Period(from, to, l, t) ?? (await report.ForAsync(id, from!.Value, to!.Value, ct) is { } list
                ? TypedResults.File(StaffSheetXlsx.Render(sheets.PersonMonths(list), t["PersonMonthsSheet"], CultureInfo.CurrentCulture), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"person-months-{id}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.xlsx")
                : ApiProblems.NotFound()));
        structures.MapGet("/certification-pack", PackAsync).Produces(StatusCodes.Status200OK, contentType: "application/zip");
    }

    private static async Task<IResult> CreateAsync(StaffFields input, StaffWriter writer, StaffQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.SaveAsync(null, input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Created($"/api/v1/staff/{result.Id}", await queries.GetAsync(result.Id!.Value, ct)),
        };
    }

    private static async Task<IResult> UpdateAsync(int id, StaffFields input, StaffWriter writer, StaffQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.SaveAsync(id, input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Conflict: true } => ApiProblems.Conflict(l["ConflictDetail"]),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Ok(await queries.GetAsync(id, ct)),
        };
    }

    private static async Task<IResult> AddLeaveAsync(int id, LeaveFields input, StaffWriter writer, StaffQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.AddLeaveAsync(id, input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Created($"/api/v1/staff/{id}", new LeaveDto(result.Id!.Value, input.Kind!.Value, input.From!.Value, input.To!.Value)),
        };
    }

    private static async Task<IResult> RecordAttendanceAsync(int id, AttendanceFields input, AttendanceWriter writer, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, IStringLocalizer<StaffResource> t, CancellationToken ct)
    {
        var errors = FieldValidation.Validate(input, factory);
        if (string.IsNullOrWhiteSpace(input.In) && !errors.ContainsKey("in"))
        {
            errors["in"] = [t["InRequired"]];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors, l);
        }

        var result = await writer.RecordAsync(id, input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Ok(new { staffId = id, date = input.Date, @in = input.In, @out = input.Out }),
        };
    }

    private static async Task<IResult> DayAsync(int id, DateOnly? date, StaffAccess access, Data.AppDbContext db, AthensClock clock, CancellationToken ct)
    {
        var day = date ?? clock.Today;
        if (!await access.CanManageStructureAsync(id, ct) || await AttendanceBook.LoadAsync(db, id, day, day, ct) is not { } book)
        {
            return ApiProblems.NotFound();
        }

        var sheet = book.Day(day);
        return TypedResults.Ok(new { structureId = id, date = day, holiday = sheet.Holiday is { } h ? System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(h.Kind.ToString()) : null, items = sheet.Lines, total = sheet.Lines.Count });
    }

    private static async Task<IResult> DaySheetAsync(int id, DateOnly? date, StaffAccess access, Data.AppDbContext db, AthensClock clock, StaffSheetBuilder sheets, CancellationToken ct)
    {
        var day = date ?? clock.Today;
        if (!await access.CanManageStructureAsync(id, ct) || await AttendanceBook.LoadAsync(db, id, day, day, ct) is not { } book)
        {
            return ApiProblems.NotFound();
        }

        return TypedResults.File(StaffSheetPdf.Render(sheets.Daily(book.Day(day))), "application/pdf", $"attendance-{id}-{day:yyyy-MM-dd}.pdf");
    }

    private static async Task<IResult> MonthSheetAsync(int id, string? month, StaffAccess access, Data.AppDbContext db, AthensClock clock, StaffSheetBuilder sheets, CancellationToken ct)
    {
        var first = DateOnly.TryParseExact((month ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
            ? m : new DateOnly(clock.Today.Year, clock.Today.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        if (!await access.CanManageStructureAsync(id, ct) || await AttendanceBook.LoadAsync(db, id, first, last, ct) is not { } book)
        {
            return ApiProblems.NotFound();
        }

        return TypedResults.File(StaffSheetPdf.Render(sheets.Monthly(book, first.Year, first.Month)), "application/pdf", $"attendance-{id}-{first:yyyy-MM}.pdf");
    }

    private static async Task<IResult> PersonMonthsAsync(int id, DateOnly? from, DateOnly? to, PersonMonthsReport report, IStringLocalizer<SharedResource> l, IStringLocalizer<StaffResource> t, CancellationToken ct)
    {
        if (Period(from, to, l, t) is { } invalid)
        {
            return invalid;
        }

        if (await report.ForAsync(id, from!.Value, to!.Value, ct) is not { } list)
        {
            return ApiProblems.NotFound();
        }

        var items = list.Rows.Select(r => new { r.StaffId, r.Name, r.Month, r.PersonMonths }).ToList();
        return TypedResults.Ok(new { items, total = list.Total });
    }

    private static async Task<IResult> PackAsync(int id, DateOnly? from, DateOnly? to, CertificationPack pack, IStringLocalizer<SharedResource> l, IStringLocalizer<StaffResource> t, CancellationToken ct)
    {
        if (Period(from, to, l, t) is { } invalid)
        {
            return invalid;
        }

        if (!await pack.CanProduceAsync(id, ct))
        {
            return ApiProblems.NotFound();
        }

        var name = await pack.FileNameAsync(id, from!.Value, to!.Value, ct);
        return TypedResults.Stream(body => pack.WriteAsync(id, from.Value, to.Value, body, ct), "application/zip", name);
    }

    /// <summary>The validation problem of a from–to period, or null.</summary>
    public static IResult? Period(DateOnly? from, DateOnly? to, IStringLocalizer l, IStringLocalizer<StaffResource> t)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is null)
        {
            errors["from"] = [t["PeriodFromRequired"]];
        }

        if (to is null)
        {
            errors["to"] = [t["PeriodToRequired"]];
        }
        else if (from is not null && to < from)
        {
            errors["to"] = [t["ToBeforeFrom"]];
        }
        else if (from is not null && to.Value.DayNumber - from.Value.DayNumber >= MaxPeriodDays)
        {
            errors["to"] = [t["PeriodTooLong"]];
        }

        return errors.Count > 0 ? ApiProblems.Validation(errors, l) : null;
    }
}
