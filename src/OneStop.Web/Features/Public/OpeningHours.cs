using OneStop.Data.Entities;

namespace OneStop.Web.Features.Public;

public sealed record Interval(TimeOnly Opens, TimeOnly Closes);

/// <summary>The hours of one Athens day after the dated exceptions are applied.</summary>
public sealed record DayHours(DateOnly Date, List<Interval> Intervals, bool IsException, string? Note)
{
    public bool IsClosed => Intervals.Count == 0;

    /// <summary>Open from the opening minute up to, not including, the closing minute.</summary>
    public bool IsOpenAt(TimeOnly time) => Intervals.Any(i => i.Opens <= time && time < i.Closes);
}

/// <summary>
/// Weekly intervals and dated exceptions turned into a day's hours: an exception on the date
/// replaces the weekday's intervals (closed, or open at its own times).
/// </summary>
public static class OpeningHours
{
    public static DayHours For(DateOnly date, IEnumerable<OpeningInterval> weekly, IEnumerable<HoursException> exceptions)
    {
        var onDate = exceptions.Where(e => e.Date == date).ToList();
        if (onDate.Count > 0)
        {
            var intervals = onDate.Any(e => e.IsClosed)
                ? []
                : onDate.Where(e => e.Opens is not null && e.Closes is not null && e.Opens < e.Closes)
                    .Select(e => new Interval(e.Opens!.Value, e.Closes!.Value)).OrderBy(i => i.Opens).ToList();
            return new DayHours(date, intervals, true, onDate.Select(e => e.Note).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)));
        }

        return new DayHours(date, weekly.Where(i => i.Day == date.DayOfWeek && i.Opens < i.Closes)
            .Select(i => new Interval(i.Opens, i.Closes)).OrderBy(i => i.Opens).ToList(), false, null);
    }

    /// <summary>Seven days from <paramref name="from"/>, exceptions included.</summary>
    public static List<DayHours> Week(DateOnly from, IReadOnlyCollection<OpeningInterval> weekly, IReadOnlyCollection<HoursException> exceptions) =>
        Enumerable.Range(0, 7).Select(d => For(from.AddDays(d), weekly, exceptions)).ToList();
}
