namespace OneStop.Data.Entities;

/// <summary>A programme or benefit the centre links people to (ΚΕΑ, housing benefit, ΤΕΒΑ …).</summary>
public sealed class Programme : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameEl { get; set; }
    public required string NameEn { get; set; }
    public string? Description { get; set; }
    public string? Authority { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
