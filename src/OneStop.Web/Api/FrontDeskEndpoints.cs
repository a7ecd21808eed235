using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

public static class FrontDeskEndpoints
{
    public static void MapFrontDeskEndpoints(this RouteGroupBuilder api)
    {
        var visits = api.MapGroup("/visits").WithTags("Visits");
        visits.MapPost("/", CreateAsync);
        visits.MapGet("/{id:long}", async Task<IResult> (long id, VisitQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound());
        visits.MapPut("/{id:long}", UpdateAsync);

        var structures = api.MapGroup("/structures/{id:int}/visits").WithTags("Visits");
        structures.MapGet("/", async Task<IResult> (int id, DateOnly? date, VisitQueries queries, AthensClock clock, CancellationToken ct) =>
            await queries.DayAsync(id, date ?? clock.Today, ct) is { } day ? TypedResults.Ok(new { day.StructureId, day.Day, items = day.Visits, total = day.Visits.Count }) : ApiProblems.NotFound());
        structures.MapGet("/daily-card.pdf", async Task<IResult> (int id, DateOnly? date, VisitQueries queries, DailyCardBuilder builder, AthensClock clock, CancellationToken ct) =>
            await queries.DayAsync(id, date ?? clock.Today, ct) is { } day
                ? TypedResults.File(DailyCardPdf.Render(builder.Build(day)), "application/pdf", builder.FileName(day, "pdf"))
                : ApiProblems.NotFound());
        structures.MapGet("/daily-card.xlsx", async Task<IResult> (int id, DateOnly? date, VisitQueries queries, DailyCardBuilder builder, AthensClock clock, IStringLocalizer<FrontDeskResource> t, CancellationToken ct) =>
            await queries.DayAsync(id, date ?? clock.Today, ct) is { } day
                ? TypedResults.File(DailyCardXlsx.Render(builder.Build(day), t["DailyCardSheet"]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", builder.FileName(day, "xlsx"))
                : ApiProblems.NotFound());
    }

    private static async Task<IResult> CreateAsync(VisitFields input, VisitWriter writer, VisitQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateAsync(input, ct);
        if (result.NotFound)
        {
            return ApiProblems.NotFound();
        }

        if (!result.Succeeded)
        {
            return ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l);
        }

        return TypedResults.Created($"/api/v1/visits/{result.Id}", await queries.GetAsync(result.Id!.Value, ct));
    }

    private static async Task<IResult> UpdateAsync(long id, VisitFields input, VisitWriter writer, VisitQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } existing)
        {
            return ApiProblems.NotFound();
        }

        input.StructureId ??= existing.StructureId;
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.UpdateAsync(id, input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Forbidden: true } => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
            { Conflict: true } => ApiProblems.Conflict(l["ConflictDetail"]),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Ok(await queries.GetAsync(id, ct)),
        };
    }
}
