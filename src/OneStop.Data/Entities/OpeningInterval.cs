namespace OneStop.Data.Entities;

/// <summary>One opening interval on a weekday; a day may have several (e.g. morning and evening).</summary>
public sealed class OpeningInterval
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
}
