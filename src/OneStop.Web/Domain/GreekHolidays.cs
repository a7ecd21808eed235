namespace OneStop.Web.Domain;

/// <summary>The Greek public holidays a staff attendance calendar knows.</summary>
public enum HolidayKind
{
    NewYear,
    Epiphany,
    CleanMonday,
    IndependenceDay,
    GoodFriday,
    EasterMonday,
    LabourDay,
    WhitMonday,
    Dormition,
    OchiDay,
    Christmas,
    SynaxisOfTheTheotokos,
}

public sealed record Holiday(DateOnly Date, HolidayKind Kind);

/// <summary>
/// Greek public holidays: fixed dates and those moved with Orthodox Easter (Clean Monday −48,
/// Good Friday −2, Easter Monday +1, Whit Monday +50). Labour Day (1 May) that falls between Holy
/// Monday and Easter Monday is kept on the Tuesday after Easter, as the Ministry of Labour has moved
/// it every such year (2005, 2013, 2016, 2021, 2024); see docs/decisions/041.
/// </summary>
public static class GreekHolidays
{
    public static IReadOnlyList<Holiday> Of(int year)
    {
        var easter = OrthodoxEaster.Of(year);
        var mayDay = new DateOnly(year, 5, 1);
        if (mayDay >= easter.AddDays(-6) && mayDay <= easter.AddDays(1))
        {
            mayDay = easter.AddDays(2);
        }

        List<Holiday> days =
        [
            new(new DateOnly(year, 1, 1), HolidayKind.NewYear),
            new(new DateOnly(year, 1, 6), HolidayKind.Epiphany),
            new(easter.AddDays(-48), HolidayKind.CleanMonday),
            new(new DateOnly(year, 3, 25), HolidayKind.IndependenceDay),
            new(easter.AddDays(-2), HolidayKind.GoodFriday),
            new(easter.AddDays(1), HolidayKind.EasterMonday),
            new(mayDay, HolidayKind.LabourDay),
            new(easter.AddDays(50), HolidayKind.WhitMonday),
            new(new DateOnly(year, 8, 15), HolidayKind.Dormition),
            new(new DateOnly(year, 10, 28), HolidayKind.OchiDay),
            new(new DateOnly(year, 12, 25), HolidayKind.Christmas),
            new(new DateOnly(year, 12, 26), HolidayKind.SynaxisOfTheTheotokos),
        ];
        return days.OrderBy(h => h.Date).ToList();
    }

    /// <summary>The holiday on a date, or null.</summary>
    public static Holiday? On(DateOnly date) => Of(date.Year).FirstOrDefault(h => h.Date == date);

    /// <summary>Holidays between two dates, both included.</summary>
    public static IEnumerable<Holiday> Between(DateOnly from, DateOnly to)
    {
        for (var year = from.Year; year <= to.Year; year++)
        {
            foreach (var h in Of(year).Where(h => h.Date >= from && h.Date <= to))
            {
                yield return h;
            }
        }
    }

    /// <summary>A working day: Monday to Friday and not a public holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && On(date) is null;
}
