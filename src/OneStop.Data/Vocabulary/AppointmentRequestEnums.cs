using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

[JsonConverter(typeof(SnakeCaseEnumConverter<TimeWindow>))]
public enum TimeWindow
{
    Any = 1,
    Morning = 2,
    Midday = 3,
    Afternoon = 4,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<AppointmentStatus>))]
public enum AppointmentStatus
{
    Requested = 1,
    Confirmed = 2,
    Proposed = 3,
    Cancelled = 4,
}
