namespace OneStop.Data.Entities;

/// <summary>
/// A role held in one structure. StructureId is null only for national roles
/// (Administrator, Auditor, DataProtectionOfficer across every municipality).
/// </summary>
public sealed class RoleAssignment
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public AppRole Role { get; set; }
    public int? StructureId { get; set; }
    public Structure? Structure { get; set; }
}
