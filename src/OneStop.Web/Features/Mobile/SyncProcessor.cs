using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Features.Mobile;

/// <summary>
/// Applies a batch from the offline app record by record. Each record is written in its own
/// transaction that first claims its idempotency key (unique per user): a replay, or a second
/// request racing the first, meets the unique index and is answered <c>already_present</c>, never
/// written twice. A record that is refused (invalid, conflict) leaves no claim, so the user may
/// resolve it and send it again with the same key.
/// </summary>
public sealed class SyncProcessor(AppDbContext db, CurrentUser currentUser, SyncHandlers handlers, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IStringLocalizer<SharedResource> l, IStringLocalizer<MobileResource> t)
{
    public const int MaxRecords = 500;

    public async Task<SyncResponse> ProcessAsync(IReadOnlyList<SyncRecordInput> records, CancellationToken ct)
    {
        var userId = (await currentUser.GetAsync(ct)).UserId;
        var results = new List<SyncResult>(records.Count);
        foreach (var record in records)
        {
            results.Add(await ProcessOneAsync(userId, record, ct));
        }

        return new SyncResponse(results);
    }

    private async Task<SyncResult> ProcessOneAsync(string userId, SyncRecordInput record, CancellationToken ct)
    {
        var clientIdText = record.ClientId ?? "";
        if (!Guid.TryParse(clientIdText, out var clientId))
        {
            return Invalid(clientIdText, "clientId", t["SyncClientIdInvalid"]);
        }

        if (record.Type is not { } type || !SyncTypes.All.Contains(type))
        {
            return Invalid(clientIdText, "type", t["SyncTypeUnknown"]);
        }

        if (await PresentAsync(userId, clientId, ct) is { } present)
        {
            return new SyncResult(clientIdText, SyncStatus.AlreadyPresent, present);
        }

        var prepared = handlers.Prepare(type, record.Data, json.Value.SerializerOptions);
        if (prepared.Problem is { } problem)
        {
            return new SyncResult(clientIdText, SyncStatus.Invalid, null, Problem: problem);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claim = new SyncRecord { UserId = userId, ClientId = clientId, Type = type, SyncedAt = db.Time.GetUtcNow().UtcDateTime };
        db.SyncRecords.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request holding the same key committed first.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new SyncResult(clientIdText, SyncStatus.AlreadyPresent, await PresentAsync(userId, clientId, ct));
        }

        var outcome = await prepared.Apply!(ct);
        if (outcome.Status is not (SyncStatus.Created or SyncStatus.Updated))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return outcome with { ClientId = clientIdText };
        }

        claim.TargetId = outcome.Id;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return outcome with { ClientId = clientIdText };
    }

    private async Task<long?> PresentAsync(string userId, Guid clientId, CancellationToken ct)
    {
        var found = await db.SyncRecords.AsNoTracking().Where(s => s.UserId == userId && s.ClientId == clientId)
            .Select(s => new { s.TargetId }).SingleOrDefaultAsync(ct);
        return found is null ? null : found.TargetId ?? 0;
    }

    private SyncResult Invalid(string clientId, string field, string message) =>
        new(clientId, SyncStatus.Invalid, null, Problem: SyncProblems.Validation(new() { [field] = [message] }, l));
}

public static class SyncProblems
{
    public static ProblemDetails Validation(Dictionary<string, string[]> errors, IStringLocalizer l) =>
        new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest, Title = l["ValidationFailed"], Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1" };

    public static ProblemDetails NotFound() =>
        new() { Status = StatusCodes.Status404NotFound, Title = "Not Found", Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5" };

    public static ProblemDetails Conflict(string detail) =>
        new() { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = detail, Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10" };

    /// <summary>The data's JSON does not fit the record's type: a field of the wrong kind.</summary>
    public static ProblemDetails BadJson(JsonException e, IStringLocalizer l)
    {
        var field = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.').Split('.', '[')[0] : "data";
        return Validation(new() { [field] = [l["InvalidJsonValue", field].Value] }, l);
    }

    /// <summary>Validation errors from a feature class (C# names) as a problem keyed by JSON names.</summary>
    public static ProblemDetails FromErrors(IEnumerable<KeyValuePair<string, string>> errors, IStringLocalizer l) =>
        Validation(FieldValidation.ToJsonKeys(errors), l);
}
