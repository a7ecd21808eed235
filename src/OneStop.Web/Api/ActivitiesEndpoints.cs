using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;
using OneStop.Web.Features.Activities;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

public static class ActivitiesEndpoints
{
    public static void MapActivitiesEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/structures/{id:int}/activities", async Task<IResult> (int id, ActivityQueries queries, CancellationToken ct) =>
            await queries.ForStructureAsync(id, ct) is { } items ? TypedResults.Ok(new { items }) : ApiProblems.NotFound()).WithTags("Activities");

        var activities = api.MapGroup("/activities").WithTags("Activities");
        activities.MapPost("/", CreateAsync);
        activities.MapGet("/{id:int}", async Task<IResult> (int id, ActivityQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } a ? TypedResults.Ok(a) : ApiProblems.NotFound());

        var sessions = api.MapGroup("/sessions").WithTags("Activities");
        sessions.MapGet("/{id:int}", async Task<IResult> (int id, ActivityQueries queries, CancellationToken ct) =>
            await queries.SessionAsync(id, ct) is { } s ? TypedResults.Ok(s) : ApiProblems.NotFound());
        sessions.MapPost("/{id:int}/attendance", async Task<IResult> (int id, AttendanceFields input, ActivityWriter writer, ActivityQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            input.SessionId = id;
            return await WriteAsync(input, writer.AttendAsync, factory, l, ct) ?? TypedResults.Ok(await queries.SessionAsync(id, ct));
        });
        sessions.MapPost("/{id:int}/head-counts", async Task<IResult> (int id, HeadCountFields input, ActivityWriter writer, ActivityQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            input.SessionId = id;
            return await WriteAsync(input, writer.AddHeadCountAsync, factory, l, ct) ?? TypedResults.Ok(await queries.SessionAsync(id, ct));
        });
        sessions.MapGet("/{id:int}/attendance-list.pdf", async Task<IResult> (int id, ActivityQueries queries, AttendanceListBuilder builder, CancellationToken ct) =>
            await queries.SessionAsync(id, ct) is { } s
                ? TypedResults.File(AttendanceListPdf.Render(builder.Build(s)), "application/pdf", builder.FileName(s))
                : ApiProblems.NotFound());
    }

    private static async Task<IResult> CreateAsync(ActivityFields input, ActivityWriter writer, ActivityQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateAsync(input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Created($"/api/v1/activities/{result.Id}", await queries.GetAsync((int)result.Id!.Value, ct)),
        };
    }

    private static async Task<IResult?> WriteAsync<T>(T input, Func<T, CancellationToken, Task<ActivityWriter.Result>> write, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
        where T : class
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await write(input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => null,
        };
    }
}
