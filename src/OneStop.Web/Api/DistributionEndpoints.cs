using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Distribution;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

public static class DistributionEndpoints
{
    public static void MapDistributionEndpoints(this RouteGroupBuilder api)
    {
        var structures = api.MapGroup("/structures/{id:int}").WithTags("Distribution");
        structures.MapGet("/eligibility-lists", async Task<IResult> (int id, DistributionQueries queries, CancellationToken ct) =>
            await queries.ListsAsync(id, ct) is { } lists ? TypedResults.Ok(new { items = lists }) : ApiProblems.NotFound());
        structures.MapGet("/distribution-report", async Task<IResult> (int id, DateOnly from, DateOnly to, DistributionReport report, CancellationToken ct) =>
            await report.BuildAsync(id, from, to, ct) is { } r ? TypedResults.Ok(r) : ApiProblems.NotFound());

        var lists = api.MapGroup("/eligibility-lists").WithTags("Distribution");
        lists.MapPost("/", CreateListAsync);
        lists.MapGet("/{id:int}", async Task<IResult> (int id, DistributionQueries queries, CancellationToken ct) =>
            await queries.ListAsync(id, ct) is { } list
                ? TypedResults.Ok(new { list, households = await queries.HouseholdsAsync(id, ct), rounds = await queries.RoundsAsync(id, ct) })
                : ApiProblems.NotFound());
        lists.MapPut("/{id:int}/households", PutHouseholdAsync);
        lists.MapPost("/{id:int}/rounds", CreateRoundAsync);
        lists.MapGet("/{id:int}/eligibility/{beneficiaryId:int}", async Task<IResult> (int id, int beneficiaryId, DateOnly? date, DistributionQueries queries, Eligibility eligibility, AthensClock clock, CancellationToken ct) =>
            await queries.ListAsync(id, ct) is null
                ? ApiProblems.NotFound()
                : TypedResults.Ok(await eligibility.CheckAsync(id, beneficiaryId, date ?? clock.Today, null, ct)));

        var distributions = api.MapGroup("/distributions").WithTags("Distribution");
        distributions.MapPost("/", CreateAsync);
        distributions.MapGet("/{id:long}", async Task<IResult> (long id, DistributionQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } d ? TypedResults.Ok(d) : ApiProblems.NotFound());
        distributions.MapGet("/{id:long}/signature.png", async Task<IResult> (long id, DistributionQueries queries, CancellationToken ct) =>
            await queries.SignatureAsync(id, ct) is { } png ? TypedResults.File(png, "image/png") : ApiProblems.NotFound());
    }

    /// <summary>201 with the distribution (and <c>warning</c> when the list only warns); 409 with the
    /// household's standing (<c>eligibility</c>) when the list is enforced and the household may not receive.</summary>
    private static async Task<IResult> CreateAsync(DistributionFields input, DistributionWriter writer, DistributionQueries queries, IStringLocalizerFactory factory,
        IStringLocalizer<SharedResource> l, IStringLocalizer<DistributionResource> t, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateAsync(input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Refused: { } standing } => TypedResults.Problem(t[Rules.RefusalKey(standing)], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["eligibility"] = standing }),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Created($"/api/v1/distributions/{result.Id}", new { distribution = await queries.GetAsync(result.Id!.Value, ct), warning = result.Warning }),
        };
    }

    private static async Task<IResult> CreateListAsync(ListFields input, ListWriter writer, DistributionQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateListAsync(input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Created($"/api/v1/eligibility-lists/{result.Id}", await queries.ListAsync(result.Id!.Value, ct)),
        };
    }

    private static async Task<IResult> PutHouseholdAsync(int id, EligibleHouseholdFields input, ListWriter writer, DistributionQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.PutHouseholdAsync(id, input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Ok((await queries.HouseholdsAsync(id, ct)).Single(h => h.Id == result.Id)),
        };
    }

    private static async Task<IResult> CreateRoundAsync(int id, RoundFields input, ListWriter writer, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateRoundAsync(id, input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Created($"/api/v1/eligibility-lists/{id}/rounds/{result.Id}", new { id = result.Id }),
        };
    }
}
