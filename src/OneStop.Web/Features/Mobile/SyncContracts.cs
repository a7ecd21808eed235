using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Mobile;

/// <summary>A batch from the offline app: each record has the client's idempotency key, a type and the
/// body its own endpoint takes.</summary>
public sealed record SyncRequest(List<SyncRecordInput>? Records);

public sealed record SyncRecordInput(string? ClientId, string? Type, JsonElement Data);

/// <summary>
/// The answer for one record. Status: <c>created</c>, <c>updated</c> (a correction applied),
/// <c>already_present</c> (the key was synced before; <c>id</c> is what it created),
/// <c>conflict</c> (<c>current</c> holds the server's state to resolve against, <c>problem</c> says why), or
/// <c>invalid</c> (<c>problem</c> is the RFC 9457 problem the record's own endpoint would answer).
/// </summary>
public sealed record SyncResult(string ClientId, string Status, long? Id, object? Current = null, object? Problem = null, object? Warning = null);

public sealed record SyncResponse(IReadOnlyList<SyncResult> Results);

public static class SyncStatus
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string AlreadyPresent = "already_present";
    public const string Conflict = "conflict";
    public const string Invalid = "invalid";
}

public static class SyncTypes
{
    public const string Visit = "visit";
    public const string Distribution = "distribution";
    public const string Attendance = "attendance";
    public const string HeadCount = "head_count";

    public static readonly string[] All = [Visit, Distribution, Attendance, HeadCount];
}

/// <summary>A visit as POST /api/v1/visits takes it; with <c>id</c> (and <c>version</c>) it is a correction, as PUT /api/v1/visits/{id}.</summary>
public sealed class SyncVisitFields : VisitFields
{
    public long? Id { get; set; }
}
