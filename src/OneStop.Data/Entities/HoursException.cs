namespace OneStop.Data.Entities;

/// <summary>A dated exception to the weekly hours: closed (holiday) or open at other times.</summary>
public sealed class HoursException
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public DateOnly Date { get; set; }
    public bool IsClosed { get; set; }
    public TimeOnly? Opens { get; set; }
    public TimeOnly? Closes { get; set; }
    public string? Note { get; set; }
}
