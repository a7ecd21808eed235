namespace OneStop.Web.Exports;

/// <summary>
/// The activity report as the PDF lays it out, already localised and suppressed: the headline
/// tiles (label, shown count), the visits series, the bars by axis and of the referral funnel, every table.
/// </summary>
/// <param name="Note">the small-cell note, when counts are suppressed.</param>
public sealed record ActivityDocument(string Title, IReadOnlyList<LabelValue> Header, string? Note, string PageFormat,
    IReadOnlyList<LabelValue> Tiles, ActivitySeries Series, ReportBars Axes, ReportBars Funnel, IReadOnlyList<ReportTable> Tables);

/// <summary>Stacked bars over time: a point's total and its parts, one a legend entry each.</summary>
public sealed record ActivitySeries(string Title, IReadOnlyList<string> Legend, IReadOnlyList<SeriesPoint> Points);

/// <param name="Tick">the short label on the time axis.</param>
/// <param name="Parts">in the order of the legend.</param>
public sealed record SeriesPoint(string Tick, ReportCount Total, IReadOnlyList<ReportCount> Parts);

/// <summary>Horizontal bars, a label and a count each.</summary>
public sealed record ReportBars(string Title, IReadOnlyList<ReportBar> Bars);

public sealed record ReportBar(string Label, ReportCount Count);
