
namespace OneStop.Web.Domain;

/// <summary>
/// The calendar period of the frequency rule ("N times per period") that contains a day: the ISO
/// week (Monday to Sunday), the month, the quarter or the year. Both ends are inclusive.
/// </summary>
public static class DistributionPeriod
{
    public static (DateOnly From, DateOnly To) Of(DateOnly day, FrequencyPeriod period)
    {
        switch (period)
        {
            case FrequencyPeriod.Week:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return (monday, monday.AddDays(6));
            case FrequencyPeriod.Month:
                var first = new DateOnly(day.Year, day.Month, 1);
                return (first, first.AddMonths(1).AddDays(-1));
            case FrequencyPeriod.Quarter:
                var quarter = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
                return (quarter, quarter.AddMonths(3).AddDays(-1));
            case FrequencyPeriod.Year:
                return (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));
            default:
                throw new ArgumentOutOfRangeException(nameof(period), period, null);
        }
    }
}
