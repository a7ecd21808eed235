using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Tests.Distribution;

public sealed class DistributionPeriodTests
{
    [Theory]
    [InlineData("2025-03-09", FrequencyPeriod.Week, "2025-03-03", "2025-03-09")] // a Sunday ends its week
    [InlineData("2025-03-10", FrequencyPeriod.Week, "2025-03-10", "2025-03-16")] // a Monday starts one
    [InlineData("2024-12-31", FrequencyPeriod.Week, "2024-12-30", "2025-01-05")] // across the new year
    [InlineData("2024-02-29", FrequencyPeriod.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-03-31", FrequencyPeriod.Month, "2025-03-01", "2025-03-31")]
    [InlineData("2025-04-01", FrequencyPeriod.Quarter, "2025-04-01", "2025-06-30")]
    [InlineData("2025-03-31", FrequencyPeriod.Quarter, "2025-01-01", "2025-03-31")]
    [InlineData("2025-12-31", FrequencyPeriod.Year, "2025-01-01", "2025-12-31")]
    public void Of_Day_CalendarPeriodInclusive(string day, FrequencyPeriod period, string from, string to)
    {
        var (f, t) = DistributionPeriod.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), period);

        Assert.Equal(from, f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(to, t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
