namespace OneStop.Data.Entities;

public sealed class Municipality : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Region { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
