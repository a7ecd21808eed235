using OneStop.Web.Domain;

namespace OneStop.Tests.Staff;

public sealed class GreekHolidaysTests
{
    [Fact]
    public void Of_2026_FixedAndMoveableDays()
    {
        var days = GreekHolidays.Of(2026).ToDictionary(h => h.Kind, h => h.Date);

        Assert.Equal(12, days.Count);
        Assert.Equal(new DateOnly(2026, 2, 23), days[HolidayKind.CleanMonday]);
        Assert.Equal(new DateOnly(2026, 4, 10), days[HolidayKind.GoodFriday]);
        Assert.Equal(new DateOnly(2026, 4, 13), days[HolidayKind.EasterMonday]);
        Assert.Equal(new DateOnly(2026, 6, 1), days[HolidayKind.WhitMonday]);
        Assert.Equal(new DateOnly(2026, 5, 1), days[HolidayKind.LabourDay]);
        Assert.Equal(new DateOnly(2026, 10, 28), days[HolidayKind.OchiDay]);
        Assert.Equal(new DateOnly(2026, 12, 26), days[HolidayKind.SynaxisOfTheTheotokos]);
    }

    [Theory]
    [InlineData(2024, 5, 7)] // 1 May was Holy Wednesday
    [InlineData(2021, 5, 4)] // Holy Saturday
    [InlineData(2016, 5, 3)] // Easter Sunday
    [InlineData(2025, 5, 1)] // after Easter: stays
    public void Of_LabourDayInHolyWeek_MovedToTuesdayAfterEaster(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), GreekHolidays.Of(year).Single(h => h.Kind == HolidayKind.LabourDay).Date);

    [Fact]
    public void IsWorkingDay_WeekendsAndHolidays_False()
    {
        Assert.False(GreekHolidays.IsWorkingDay(new DateOnly(2026, 4, 13))); // Easter Monday
        Assert.False(GreekHolidays.IsWorkingDay(new DateOnly(2026, 4, 11))); // Saturday
        Assert.True(GreekHolidays.IsWorkingDay(new DateOnly(2026, 4, 14)));
        Assert.Equal(HolidayKind.Epiphany, GreekHolidays.On(new DateOnly(2027, 1, 6))!.Kind);
    }
}
