namespace OneStop.Web.Features.Structures;

/// <summary>The weekly hours and dated exceptions of a structure, as the form and the API send them.</summary>
public sealed class HoursFields
{
    public List<IntervalFields> OpeningHours { get; set; } = [];

    public List<ExceptionFields> HoursExceptions { get; set; } = [];

    /// <summary>The structure version the editor started from; a stale version is refused as a conflict.</summary>
    public int? Version { get; set; }
}

/// <summary>One opening interval: day code (monday..sunday) and times as HH:mm.</summary>
public sealed class IntervalFields
{
    public string? Day { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }
}

/// <summary>A dated exception: date as yyyy-MM-dd, closed all day or open at the given times.</summary>
public sealed class ExceptionFields
{
    public string? Date { get; set; }
    public bool Closed { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }
    public string? Note { get; set; }
}
