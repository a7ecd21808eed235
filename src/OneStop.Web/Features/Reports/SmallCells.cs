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
/// </summary>
public sealed record SmallCells(bool Suppress, int Threshold)
{
    public static readonly SmallCells None = new(false, 0);

    public bool Hides(int count) => Suppress && count > 0 && count < Threshold;

    public int? Value(int count) => Hides(count) ? null : count;

    public string Show(int count) => Hides(count) ? "<" + Threshold.ToString(CultureInfo.InvariantCulture) : count.ToString("N0", CultureInfo.CurrentCulture);
}
