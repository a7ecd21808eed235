namespace OneStop.Web.Features.FrontDesk;

/// <summary>Times are stored in UTC and shown, and grouped into days, in Europe/Athens.</summary>
public sealed class AthensClock(TimeProvider time)
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DayOf(UtcNow);

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>A wall-clock time of an Athens day, in UTC (the earlier one when clocks go back).</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }
}
