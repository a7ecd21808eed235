namespace OneStop.Web.Domain;

/// <summary>
/// Orthodox Easter: Meeus's Julian-calendar algorithm, then the Julian date moved to the Gregorian
/// calendar (13 days in 1900–2099, 14 in 2100). The Greek moveable holidays hang from it.
/// </summary>
public static class OrthodoxEaster
{
    public static DateOnly Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 4099);
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = ((19 * c) + 15) % 30;
        var e = ((2 * a) + (4 * b) - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = ((d + e + 114) % 31) + 1;

        // Easter falls in March–May, after any Julian 29 February, so the century offset of the year holds.
        var julianToGregorian = (year / 100) - (year / 400) - 2;
        return new DateOnly(year, month, day).AddDays(julianToGregorian);
    }
}
