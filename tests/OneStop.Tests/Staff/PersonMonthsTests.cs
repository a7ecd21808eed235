using OneStop.Web.Domain;

namespace OneStop.Tests.Staff;

public sealed class PersonMonthsTests
{
    private static decimal Pm(int year, int month, DateOnly start, DateOnly? end, decimal hours, params DateSpan[] unpaid) =>
        PersonMonths.Rounded(PersonMonths.For(year, month, start, end, hours, unpaid));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void For_FullTimeWholeMonth_One() => Assert.Equal(1.00m, Pm(2026, 3, D(2025, 1, 1), null, 40));

    [Fact]
    public void For_ContractStartingOn15th_DaysOfMonthProportion()
    {
        Assert.Equal(0.55m, Pm(2026, 1, D(2026, 1, 15), null, 40)); // 17 of 31 days
        Assert.Equal(0.53m, Pm(2026, 4, D(2026, 4, 15), null, 40)); // 16 of 30 days
    }

    [Fact]
    public void For_ContractEndingMidMonth_CountsItsLastDay()
    {
        Assert.Equal(0.48m, Pm(2026, 3, D(2025, 1, 1), D(2026, 3, 15), 40)); // 15 of 31
        Assert.Equal(0.00m, Pm(2026, 4, D(2025, 1, 1), D(2026, 3, 31), 40));
        Assert.Equal(0.03m, Pm(2026, 3, D(2026, 3, 31), null, 40)); // one day
    }

    [Fact]
    public void For_PartTime_WeeklyHoursOverFullTimeWeek()
    {
        Assert.Equal(0.50m, Pm(2026, 5, D(2026, 1, 1), null, 20));
        Assert.Equal(0.63m, Pm(2026, 5, D(2026, 1, 1), null, 25));
        Assert.Equal(0.67m, PersonMonths.Rounded(PersonMonths.For(2026, 5, D(2026, 1, 1), null, 25, [], fullTimeWeeklyHours: 37.5m)));
        Assert.Equal(0.27m, Pm(2026, 1, D(2026, 1, 15), null, 20)); // 17/31 × 0.5 = 0.274
    }

    [Fact]
    public void For_UnpaidLeave_LessInTheSameProportion()
    {
        Assert.Equal(0.67m, Pm(2026, 6, D(2026, 1, 1), null, 40, new DateSpan(D(2026, 6, 1), D(2026, 6, 10)))); // 20 of 30
        Assert.Equal(0.33m, Pm(2026, 6, D(2026, 1, 1), null, 20, new DateSpan(D(2026, 6, 1), D(2026, 6, 10))));
        // Leave across the month boundary counts only its days in the month; overlaps count once.
        Assert.Equal(0.90m, Pm(2026, 7, D(2026, 1, 1), null, 40, new DateSpan(D(2026, 6, 20), D(2026, 7, 3)), new DateSpan(D(2026, 7, 2), D(2026, 7, 3))));
        // Leave outside the contract does not count.
        Assert.Equal(0.52m, Pm(2026, 7, D(2026, 7, 16), null, 40, new DateSpan(D(2026, 7, 1), D(2026, 7, 15))));
    }

    [Fact]
    public void For_February_LeapAndCommonYears()
    {
        Assert.Equal(1.00m, Pm(2028, 2, D(2020, 1, 1), null, 40));
        Assert.Equal(0.52m, Pm(2028, 2, D(2028, 2, 15), null, 40)); // 15 of 29
        Assert.Equal(0.50m, Pm(2027, 2, D(2027, 2, 15), null, 40)); // 14 of 28
        Assert.Equal(0.03m, Pm(2028, 2, D(2028, 2, 29), null, 40)); // 1 of 29
        Assert.Equal(0.04m, Pm(2100, 2, D(2100, 2, 28), null, 40)); // 2100 is not leap: 1 of 28
    }

    [Fact]
    public void Months_PeriodAcrossYears_EveryMonthTouched() =>
        Assert.Equal([(2025, 11), (2025, 12), (2026, 1)], PersonMonths.Months(D(2025, 11, 20), D(2026, 1, 5)).ToList());
}
