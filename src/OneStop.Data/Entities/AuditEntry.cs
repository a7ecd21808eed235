namespace OneStop.Data.Entities;

/// <summary>One row of the append-only audit log (the database refuses updates and deletes).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public AuditAction Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public int? StructureId { get; set; }

    /// <summary>JSON object: field name → {"old": …, "new": …}; secrets are never written.</summary>
    public string? Changes { get; set; }
}
