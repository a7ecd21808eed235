using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Beneficiaries;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

public static class BeneficiariesEndpoints
{
    /// <param name="Proof">An identifier that matches the person: ΑΜΚΑ, ΑΦΜ or identity document number.</param>
    /// <param name="Reason">Without a proof: why the person must be linked (at least 10 characters); recorded as break-the-glass.</param>
    public sealed record LinkRequest(int? StructureId, string? Proof = null, string? Reason = null);

    public static void MapBeneficiariesEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/beneficiaries").WithTags("Beneficiaries");
        group.MapGet("/", async (string? q, int? take, BeneficiarySearch search, CancellationToken ct) =>
            TypedResults.Ok(await search.SearchAsync(q, take ?? 20, ct)));
        group.MapGet("/{id:int}", async Task<IResult> (int id, BeneficiaryQueries queries, CancellationToken ct) =>
            await queries.ViewAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound());
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:int}", UpdateAsync);
        group.MapPost("/{id:int}/links", LinkAsync);
        group.MapPost("/{id:int}/consents", AddConsentAsync);
        group.MapPost("/{id:int}/consents/{consentId:int}/withdraw", WithdrawConsentAsync);
    }

    private static async Task<IResult> CreateAsync(BeneficiaryFields input, BeneficiaryWriter writer, BeneficiaryQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, IStringLocalizer<BeneficiariesResource> t, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateAsync(input, ct);
        return result switch
        {
            { Duplicate: { } d } => DuplicateProblem(d, t),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Created($"/api/v1/beneficiaries/{result.Id}", await queries.GetAsync(result.Id!.Value, ct)),
        };
    }

    private static async Task<IResult> UpdateAsync(int id, BeneficiaryFields input, BeneficiaryWriter writer, BeneficiaryQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, IStringLocalizer<BeneficiariesResource> t, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is null)
        {
            return ApiProblems.NotFound();
        }

        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.UpdateAsync(id, input, input.Version, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Forbidden: true } => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
            { Conflict: true } => ApiProblems.Conflict(l["ConflictDetail"]),
            { Duplicate: { } d } => DuplicateProblem(d, t),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Ok(await queries.GetAsync(id, ct)),
        };
    }

    private static async Task<IResult> LinkAsync(int id, LinkRequest request, BeneficiaryActions actions, BeneficiaryQueries queries, IStringLocalizer<SharedResource> l, IStringLocalizer<BeneficiariesResource> t, CancellationToken ct)
    {
        if (request.StructureId is not { } structureId)
        {
            return ApiProblems.Validation(new() { ["structureId"] = [t["UnknownStructure"]] }, l);
        }

        var result = await actions.LinkAsync(id, structureId, request.Proof, request.Reason, ct);
        return result.Outcome switch
        {
            BeneficiaryActions.Outcome.Done => TypedResults.Ok(await queries.GetAsync(id, ct)),
            BeneficiaryActions.Outcome.Invalid => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors!), l),
            _ => ApiProblems.NotFound(),
        };
    }

    private static async Task<IResult> AddConsentAsync(int id, ConsentFields input, BeneficiaryActions actions, BeneficiaryQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await actions.AddConsentAsync(id, input, ct);
        return result.Outcome switch
        {
            BeneficiaryActions.Outcome.Done => TypedResults.Created($"/api/v1/beneficiaries/{id}/consents/{result.Id}", await ConsentAsync(id, result.Id!.Value, queries, ct)),
            BeneficiaryActions.Outcome.Invalid => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors!), l),
            BeneficiaryActions.Outcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
            _ => ApiProblems.NotFound(),
        };
    }

    private static async Task<IResult> WithdrawConsentAsync(int id, int consentId, BeneficiaryActions actions, BeneficiaryQueries queries, CancellationToken ct)
    {
        var result = await actions.WithdrawConsentAsync(id, consentId, ct);
        return result.Outcome switch
        {
            BeneficiaryActions.Outcome.Done => TypedResults.Ok(await ConsentAsync(id, consentId, queries, ct)),
            BeneficiaryActions.Outcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
            _ => ApiProblems.NotFound(),
        };
    }

    private static async Task<ConsentDto?> ConsentAsync(int id, int consentId, BeneficiaryQueries queries, CancellationToken ct) =>
        (await queries.GetAsync(id, ct))?.Consents.SingleOrDefault(c => c.Id == consentId);

    /// <summary>409 with the existing person's id; linkable when the user may link them to their structure.</summary>
    private static IResult DuplicateProblem(BeneficiaryWriter.Duplicate d, IStringLocalizer<BeneficiariesResource> t) =>
        TypedResults.Problem(
            d.Visible ? t["DuplicateVisible"] : d.Linkable ? t["DuplicateLinkable"] : t["DuplicateElsewhere"],
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["existingId"] = d.ExistingId, ["linkable"] = d.Linkable });
}
