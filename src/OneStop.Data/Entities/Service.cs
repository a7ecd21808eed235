namespace OneStop.Data.Entities;

/// <summary>A service a structure offers, classified by axis.</summary>
public sealed class Service : IVersioned
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public Structure? Structure { get; set; }
    public required string Name { get; set; }
    public Axis Axis { get; set; }
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
