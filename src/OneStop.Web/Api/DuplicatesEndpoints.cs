using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Duplicates;

namespace OneStop.Web.Api;

public sealed record NotDuplicateRequest(int OtherId);

public sealed record MergeRequest(int MergedId, Dictionary<string, MergeChoice>? Fields);

public sealed record LikelyMatchList(List<LikelyMatch> Items);

/// <summary>Likely matches, "not the same person", merge and undo.</summary>
public static class DuplicatesEndpoints
{
    public static void MapDuplicatesEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/beneficiaries/likely-matches", LikelyMatchesAsync).WithTags("Duplicates");
        api.MapPost("/beneficiaries/{id:int}/not-duplicates", async Task<IResult> (int id, NotDuplicateRequest input, DuplicateDismissals dismissals, CancellationToken ct) =>
            await dismissals.DismissAsync(id, input.OtherId, ct) ? TypedResults.NoContent() : ApiProblems.NotFound()).WithTags("Duplicates");
        api.MapPost("/beneficiaries/{id:int}/merge", MergeAsync).WithTags("Duplicates");
        api.MapPost("/merges/{id:int}/undo", async Task<IResult> (int id, BeneficiaryMerger merger, IStringLocalizer<DuplicatesResource> t, CancellationToken ct) =>
            Answer(await merger.UndoAsync(id, ct), t)).WithTags("Duplicates");
    }

    private static async Task<IResult> LikelyMatchesAsync(string? lastName, string? firstName, string? birthDate, int? structureId, int? forId, LikelyMatches matches, IStringLocalizer<DuplicatesResource> t, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(lastName))
        {
            errors["lastName"] = [l["Required", t["Field_LastName"]]];
        }

        if (string.IsNullOrWhiteSpace(firstName))
        {
            errors["firstName"] = [l["Required", t["Field_FirstName"]]];
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(birthDate))
        {
            if (DateOnly.TryParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors["birthDate"] = [t["InvalidDate"]];
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors, l);
        }

        var partition = await matches.PartitionForAsync(structureId, ct);
        return TypedResults.Ok(new LikelyMatchList(await matches.FindAsync(lastName, firstName, date, forId, partition, ct)));
    }

    private static async Task<IResult> MergeAsync(int id, MergeRequest input, BeneficiaryMerger merger, IStringLocalizer<DuplicatesResource> t, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var outcome = await merger.MergeAsync(id, input.MergedId, input.Fields ?? [], ct);
        return outcome.Status switch
        {
            MergeStatus.Invalid => ApiProblems.Validation(new() { ["fields"] = [t["UnknownField", outcome.InvalidField!]] }, l),
            MergeStatus.Conflict => ApiProblems.Conflict(l["ConflictDetail"]),
            MergeStatus.Blocked => ApiProblems.Conflict(t["MergeBlocked_" + outcome.BlockedBy]),
            _ => Answer(outcome, t),
        };
    }

    private static IResult Answer(MergeOutcome outcome, IStringLocalizer<DuplicatesResource> t) => outcome.Status switch
    {
        MergeStatus.Done => TypedResults.Ok(new { id = outcome.MergeId }),
        MergeStatus.NotFound => ApiProblems.NotFound(),
        MergeStatus.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
        MergeStatus.Conflict => ApiProblems.Conflict(t["UndoRefused"]),
        MergeStatus.Invalid => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
