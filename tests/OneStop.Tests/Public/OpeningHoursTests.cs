using OneStop.Data.Entities;
using OneStop.Web.Features.Public;

namespace OneStop.Tests.Public;

public sealed class OpeningHoursTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    private static readonly OpeningInterval[] Weekly =
    [
        new() { Day = DayOfWeek.Monday, Opens = new(17, 0), Closes = new(20, 0) },
        new() { Day = DayOfWeek.Monday, Opens = new(9, 0), Closes = new(14, 0) },
        new() { Day = DayOfWeek.Wednesday, Opens = new(9, 0), Closes = new(14, 0) },
    ];

    private static readonly HoursException[] Exceptions =
    [
        new() { Date = Monday.AddDays(1), Opens = new(10, 0), Closes = new(12, 0), Note = "Έκτακτα" },
        new() { Date = Monday.AddDays(2), IsClosed = true, Note = "Θεοφάνεια" },
    ];

    [Theory]
    [InlineData(0, "08:59:59", false)]
    [InlineData(0, "09:00:00", true)]
    [InlineData(0, "13:59:59", true)]
    [InlineData(0, "14:00:00", false)]
    [InlineData(0, "16:59:59", false)]
    [InlineData(0, "17:00:00", true)]
    [InlineData(0, "20:00:00", false)]
    [InlineData(1, "11:00:00", true)]
    [InlineData(1, "12:00:00", false)]
    [InlineData(2, "10:00:00", false)]
    [InlineData(3, "10:00:00", false)]
    public void IsOpenAt_EdgesAndExceptions_OpenFromOpeningUpToClosing(int dayOffset, string time, bool open)
    {
        var day = OpeningHours.For(Monday.AddDays(dayOffset), Weekly, Exceptions);

        Assert.Equal(open, day.IsOpenAt(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Week_SevenDays_IntervalsSortedAndExceptionsNoted()
    {
        var week = OpeningHours.Week(Monday, Weekly, Exceptions);

        Assert.Equal(7, week.Count);
        Assert.Equal("09:00–14:00, 17:00–20:00", PortalQueries.Hours(week[0]));
        Assert.Equal(("10:00–12:00", true, "Έκτακτα"), (PortalQueries.Hours(week[1]), week[1].IsException, week[1].Note));
        Assert.True(week[2].IsClosed && week[2].IsException);
        Assert.Equal("Θεοφάνεια", week[2].Note);
        Assert.True(week[5].IsClosed && !week[5].IsException);
    }
}
