using System.Globalization;

namespace OneStop.Web.Features.Reports;

public sealed class ReportOptions
{
    /// <summary>Counts from 1 to this value less one are shown as "&lt;N" to aggregate-only roles.</summary>
    public int SmallCellThreshold { get; set; } = 5;
}

/// <summary>
/// Small-cell suppression: for a user who sees only aggregates (an Auditor), a count from 1 to
/// threshold − 1 could single a person out, so it is shown as "&lt;threshold" (null in the API).
/// With totals published that is not enough (total 7, women 6, men hidden: men 1), so a report
/// first goes through <see cref="Over"/>: <see cref="SecondarySuppression"/> also hides enough
/// other cells, shown as "*", that none can be worked out (ADR 087). Cells are named by key, so
/// the page, the API and every export hide the same ones.
/// </summary>
public sealed record SmallCells(bool Suppress, int Threshold)
{
    public static readonly SmallCells None = new(false, 0);

    /// <summary>How a cell hidden so that another cannot be derived is shown.</summary>
    public const string Withheld = "*";

    /// <summary>The cells of the report hidden (the small ones and the secondary ones).</summary>
    public IReadOnlySet<string> Hidden { get; private init; } = new HashSet<string>();

    /// <summary>The hidden cells shown as <see cref="Withheld"/> rather than "&lt;threshold".</summary>
    public IReadOnlySet<string> Starred { get; private init; } = new HashSet<string>();

    /// <summary>The same suppression with the report's cells and groups gone through the secondary rule.</summary>
    public SmallCells Over(IReadOnlyDictionary<string, int> values, IReadOnlyList<CellGroup> groups)
    {
        if (!Suppress)
        {
            return this;
        }

        var (hidden, starred) = SecondarySuppression.Hide(values, groups, Threshold);
        return this with { Hidden = hidden, Starred = starred };
    }

    /// <summary>A count from 1 to threshold − 1 (primary suppression).</summary>
    public bool Small(int count) => Suppress && count > 0 && count < Threshold;

    public bool Hides(string key, int count) => Small(count) || (Suppress && Hidden.Contains(key));

    public int? Value(string key, int count) => Hides(key, count) ? null : count;

    public string Show(string key, int count) =>
        Suppress && Starred.Contains(key) ? Withheld
        : Small(count) ? "<" + Threshold.ToString(CultureInfo.InvariantCulture)
        : Hides(key, count) ? Withheld
        : count.ToString("N0", CultureInfo.CurrentCulture);
}
