namespace OneStop.Web.Domain;

/// <summary>A span of days, both ends included.</summary>
public readonly record struct DateSpan(DateOnly From, DateOnly To)
{
    public DateSpan Intersect(DateSpan other) => new(Max(From, other.From), Min(To, other.To));

    public int Days => To < From ? 0 : To.DayNumber - From.DayNumber + 1;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>
/// Person-months (ανθρωπομήνες) of one contract in one month:
/// (days under contract that month ÷ days in the month) × (weekly hours ÷ full-time week),
/// less the unpaid-leave days of the month in the same proportion. Calendar days throughout.
/// </summary>
public static class PersonMonths
{
    public const decimal DefaultFullTimeWeeklyHours = 40m;

    /// <param name="contractEnd">null for an open-ended contract.</param>
    /// <param name="unpaidLeave">unpaid leave spans; overlaps and days outside the contract count once or not at all.</param>
    public static decimal For(int year, int month, DateOnly contractStart, DateOnly? contractEnd, decimal weeklyHours,
        IEnumerable<DateSpan> unpaidLeave, decimal fullTimeWeeklyHours = DefaultFullTimeWeeklyHours)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fullTimeWeeklyHours);
        var daysInMonth = DateTime.DaysInMonth(year, month);
        var monthSpan = new DateSpan(new DateOnly(year, month, 1), new DateOnly(year, month, daysInMonth));
        var contract = monthSpan.Intersect(new DateSpan(contractStart, contractEnd ?? DateOnly.MaxValue));
        if (contract.Days == 0)
        {
            return 0m;
        }

        var unpaid = UnpaidDays(contract, unpaidLeave);
        return (contract.Days - unpaid) / (decimal)daysInMonth * (weeklyHours / fullTimeWeeklyHours);
    }

    /// <summary>Shown and summed with two decimals (the list's totals add up to what it shows).</summary>
    public static decimal Rounded(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The months touched by a period, as (year, month).</summary>
    public static IEnumerable<(int Year, int Month)> Months(DateOnly from, DateOnly to)
    {
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            yield return (m.Year, m.Month);
        }
    }

    private static int UnpaidDays(DateSpan contract, IEnumerable<DateSpan> leave)
    {
        var days = new HashSet<int>();
        foreach (var span in leave.Select(l => l.Intersect(contract)).Where(s => s.Days > 0))
        {
            for (var d = span.From.DayNumber; d <= span.To.DayNumber; d++)
            {
                days.Add(d);
            }
        }

        return days.Count;
    }
}
