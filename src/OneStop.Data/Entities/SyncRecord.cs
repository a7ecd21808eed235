namespace OneStop.Data.Entities;

/// <summary>
/// A record sent by the offline mobile app, remembered by its client-generated idempotency key so
/// that a replayed batch never writes it twice. Unique per (user, client id).
/// </summary>
public sealed class SyncRecord
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public Guid ClientId { get; set; }
    public required string Type { get; set; }

    /// <summary>The id of what the record created or changed (a visit, a distribution …).</summary>
    public long? TargetId { get; set; }

    public DateTime SyncedAt { get; set; }
}
