using Microsoft.Extensions.Localization;

namespace OneStop.Web.Features.Reports;

public enum Granularity
{
    Day = 1,
    Week = 2,
    Month = 3,
}

/// <summary>The activity report's parameters as the API and the page take them, checked field by field.</summary>
public sealed record ActivityRequest(DateOnly From, DateOnly To, Granularity Granularity)
{
    /// <summary>The longest period per granularity, so that a chart never has thousands of points.</summary>
    public static int MaxBuckets => 400;

    public static string Name(Granularity g) => g switch
    {
        Granularity.Day => "day",
        Granularity.Week => "week",
        _ => "month",
    };

    /// <summary>The request, or the errors keyed by field name (from, to, granularity) in the user's language.</summary>
    public static (ActivityRequest? Request, Dictionary<string, string[]> Errors) Parse(string? from, string? to, string? granularity, IStringLocalizer<ReportsResource> t)
    {
        var errors = new Dictionary<string, string[]>();
        Granularity? g = granularity switch
        {
            null or "" or "month" => Granularity.Month,
            "week" => Granularity.Week,
            "day" => Granularity.Day,
            _ => null,
        };
        if (g is null)
        {
            errors["granularity"] = [t["GranularityInvalid"]];
        }

        var (start, end) = Reports.ReportPeriod.Parse(from, to, errors, t["ActivityDateInvalid"], t["ActivityPeriodInvalid"]);
        if (start is not null && end is not null && g is not null && ActivityBuckets.Of(start.Value, end.Value, g.Value).Count > MaxBuckets)
        {
            errors["granularity"] = [t["PeriodTooLong", MaxBuckets]];
        }

        return errors.Count > 0 ? (null, errors) : (new ActivityRequest(start!.Value, end!.Value, g!.Value), errors);
    }
}

/// <summary>The points of the time series: days, ISO weeks (Monday to Sunday) or calendar months, cut to the period.</summary>
public static class ActivityBuckets
{
    public static DateOnly StartOf(DateOnly day, Granularity g) => g switch
    {
        Granularity.Day => day,
        Granularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        _ => new DateOnly(day.Year, day.Month, 1),
    };

    public static DateOnly Next(DateOnly start, Granularity g) => g switch
    {
        Granularity.Day => start.AddDays(1),
        Granularity.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    /// <summary>(start, end) of every bucket touching [from, to], the first and last cut to the period.</summary>
    public static List<(DateOnly Start, DateOnly End)> Of(DateOnly from, DateOnly to, Granularity g)
    {
        var list = new List<(DateOnly, DateOnly)>();
        for (var s = StartOf(from, g); s <= to && list.Count <= ActivityRequest.MaxBuckets; s = Next(s, g))
        {
            var e = Next(s, g).AddDays(-1);
            list.Add((s < from ? from : s, e > to ? to : e));
        }

        return list;
    }
}
