using System.Globalization;

namespace OneStop.Web.Features.Reports;

/// <summary>The period of a report as the API and the pages take it: <c>from</c> and <c>to</c> as yyyy-MM-dd, to not before from.</summary>
public static class ReportPeriod
{
    /// <summary>The two dates, each null when it is not valid; errors are added under "from" and "to".</summary>
    public static (DateOnly? From, DateOnly? To) Parse(string? from, string? to, Dictionary<string, string[]> errors, string dateInvalid, string periodInvalid)
    {
        DateOnly? Date(string? value, string field)
        {
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            errors[field] = [dateInvalid];
            return null;
        }

        var start = Date(from, "from");
        var end = Date(to, "to");
        if (start is not null && end is not null && end < start)
        {
            errors["to"] = [periodInvalid];
            return (start, null);
        }

        return (start, end);
    }
}
