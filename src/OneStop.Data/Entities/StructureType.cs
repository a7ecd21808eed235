namespace OneStop.Data.Entities;

/// <summary>Reference list; <see cref="Code"/> is the stable JSON code (e.g. community_centre).</summary>
public sealed class StructureType : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameEl { get; set; }
    public required string NameEn { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
