using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Exports;
using OneStop.Web.Features.Referrals;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

public static class ReferralsEndpoints
{
    public sealed record LinkRequest(int? Days);

    public sealed record LinkResponse(string Url, DateTime ExpiresAt);

    public static void MapReferralsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/referrals").WithTags("Referrals");
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/reminders", async (ReferralQueries queries, CancellationToken ct) =>
        {
            var items = await queries.RemindersAsync(ct);
            return TypedResults.Ok(new { items, total = items.Count });
        });
        group.MapGet("/report", async (DateOnly? from, DateOnly? to, ReferralReport report, CancellationToken ct) =>
            TypedResults.Ok(await report.BuildAsync(from, to, ct)));
        group.MapGet("/{id:int}", async Task<IResult> (int id, ReferralQueries queries, CancellationToken ct) =>
            await queries.ViewAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound());
        group.MapPost("/{id:int}/status", ChangeStatusAsync);
        group.MapPost("/{id:int}/link", IssueLinkAsync);
        group.MapGet("/{id:int}/letter.pdf", async Task<IResult> (int id, ReferralLetterBuilder letters, CancellationToken ct) =>
            await letters.BuildAsync(id, ct) is { } letter
                ? TypedResults.File(ReferralLetterPdf.Render(letter), "application/pdf", $"referral-{id}.pdf")
                : ApiProblems.NotFound());
    }

    private static async Task<IResult> ListAsync(string? direction, string? status, ReferralQueries queries, IStringLocalizer<SharedResource> l, IStringLocalizer<ReferralsResource> t, CancellationToken ct)
    {
        if (direction is not (null or "incoming" or "outgoing"))
        {
            return ApiProblems.Validation(new() { ["direction"] = [t["UnknownDirection"]] }, l);
        }

        ReferralStatus? parsed = null;
        if (status is not null)
        {
            if (Enum.GetValues<ReferralStatus>().FirstOrDefault(s => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString()) == status) is var s && s == 0)
            {
                return ApiProblems.Validation(new() { ["status"] = [t["UnknownStatus"]] }, l);
            }

            parsed = s;
        }

        var items = await queries.ListAsync(direction, parsed, ct);
        return TypedResults.Ok(new { items, total = items.Count });
    }

    private static async Task<IResult> CreateAsync(ReferralFields input, ReferralWriter writer, ReferralQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateAsync(input, ct);
        return result.Outcome switch
        {
            ReferralOutcome.Done => TypedResults.Created($"/api/v1/referrals/{result.Id}", await queries.GetAsync(result.Id!.Value, ct)),
            ReferralOutcome.Invalid => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors!), l),
            _ => ApiProblems.NotFound(),
        };
    }

    private static async Task<IResult> ChangeStatusAsync(int id, StatusFields input, ReferralWriter writer, ReferralQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.ChangeStatusAsync(id, input, ct);
        return ToResult(result, l) ?? TypedResults.Ok(await queries.GetAsync(id, ct));
    }

    /// <summary>The problem for a refused change: 409 for a step the lifecycle does not allow, 400 for a missing note or consent.</summary>
    public static IResult? ToResult(ReferralResult result, IStringLocalizer<SharedResource> l) => result.Outcome switch
    {
        ReferralOutcome.Done => null,
        ReferralOutcome.Invalid => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors!), l),
        ReferralOutcome.IllegalTransition => ApiProblems.Conflict(result.Detail!),
        ReferralOutcome.Conflict => ApiProblems.Conflict(l["ConflictDetail"]),
        ReferralOutcome.Forbidden => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status403Forbidden),
        _ => ApiProblems.NotFound(),
    };

    private static async Task<IResult> IssueLinkAsync(int id, LinkRequest? request, ReferralLinkIssuer issuer, HttpContext http, CancellationToken ct)
    {
        var issued = await issuer.IssueAsync(id, request?.Days, ct);
        return issued is { } link
            ? TypedResults.Ok(new LinkResponse($"{http.Request.Scheme}://{http.Request.Host}/Referrals/Respond?t={link.Token}", link.ExpiresAt))
            : ApiProblems.NotFound();
    }
}
