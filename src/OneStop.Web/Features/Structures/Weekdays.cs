using System.Globalization;

namespace OneStop.Web.Features.Structures;

/// <summary>Weekdays in Greek order (Monday first) and as lower-case codes; times as HH:mm.</summary>
public static class Weekdays
{
    public static readonly DayOfWeek[] InOrder =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static int Order(DayOfWeek day) => Array.IndexOf(InOrder, day);

    public static string Code(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static DayOfWeek? FromCode(string? code) =>
        InOrder.Cast<DayOfWeek?>().FirstOrDefault(d => string.Equals(Code(d!.Value), code, StringComparison.OrdinalIgnoreCase));

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string? Time(TimeOnly? time) => time is { } t ? Time(t) : null;

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
