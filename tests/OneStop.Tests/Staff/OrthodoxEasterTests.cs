using System.Globalization;
using OneStop.Web.Domain;

namespace OneStop.Tests.Staff;

public sealed class OrthodoxEasterTests
{
    /// <summary>
    /// Orthodox Easter 2000–2100 as MMDD, one per year from 2000. Generated with python-dateutil's
    /// easter(year, EASTER_ORTHODOX) (an implementation independent of ours) and checked by hand
    /// against the published dates of 2000–2030.
    /// </summary>
    private const string Table = "0430 0415 0505 0427 0411 0501 0423 0408 0427 0419 0404 0424 0415 0505 0420 0412 0501 0416 0408 0428 0419 0502 0424 0416 0505 0420 0412 0502 0416 0408 0428 0413 0502 0424 0409 0429 0420 0405 0425 0417 0506 0421 0413 0503 0424 0409 0429 0421 0405 0425 0417 0507 0421 0413 0503 0418 0409 0429 0414 0504 0425 0410 0430 0422 0413 0426 0418 0410 0429 0414 0504 0419 0410 0430 0422 0407 0426 0418 0508 0423 0414 0504 0419 0411 0430 0415 0407 0427 0418 0501 0423 0408 0427 0419 0411 0424 0415 0505 0427 0412 0502";

    public static TheoryData<int, DateOnly> Published => new()
    {
        { 2000, new DateOnly(2000, 4, 30) }, { 2001, new DateOnly(2001, 4, 15) }, { 2002, new DateOnly(2002, 5, 5) },
        { 2005, new DateOnly(2005, 5, 1) }, { 2010, new DateOnly(2010, 4, 4) }, { 2013, new DateOnly(2013, 5, 5) },
        { 2016, new DateOnly(2016, 5, 1) }, { 2021, new DateOnly(2021, 5, 2) }, { 2024, new DateOnly(2024, 5, 5) },
        { 2025, new DateOnly(2025, 4, 20) }, { 2026, new DateOnly(2026, 4, 12) }, { 2027, new DateOnly(2027, 5, 2) },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void Of_PublishedYears_KnownSunday(int year, DateOnly expected) => Assert.Equal(expected, OrthodoxEaster.Of(year));

    [Fact]
    public void Of_2000To2100_MatchesTableAndGaussMethod()
    {
        var dates = Table.Split(' ');
        Assert.Equal(101, dates.Length);
        for (var year = 2000; year <= 2100; year++)
        {
            var md = dates[year - 2000];
            var expected = new DateOnly(year, int.Parse(md[..2], CultureInfo.InvariantCulture), int.Parse(md[2..], CultureInfo.InvariantCulture));
            var easter = OrthodoxEaster.Of(year);
            Assert.Equal(expected, easter);
            Assert.Equal(GaussThroughJulianDay(year), easter);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
        }
    }

    /// <summary>Gauss's Julian Easter (22 March + d + e), converted through the Julian Day Number.</summary>
    private static DateOnly GaussThroughJulianDay(int year)
    {
        var a = year % 19;
        var b = year % 4;
        var c = year % 7;
        var d = ((19 * a) + 15) % 30;
        var e = ((2 * b) + (4 * c) + (6 * d) + 6) % 7;
        var (month, day) = 22 + d + e > 31 ? (4, d + e - 9) : (3, 22 + d + e);

        // Julian calendar date → Julian Day Number (Fliegel–Van Flandern style, Julian variant).
        var y = year + 4800 - ((14 - month) / 12);
        var m = month + (12 * ((14 - month) / 12)) - 3;
        var jdn = day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - 32083;

        // DateOnly.DayNumber counts days from 0001-01-01 (Gregorian), which is JDN 1721426.
        return DateOnly.FromDayNumber(jdn - 1721426);
    }
}
