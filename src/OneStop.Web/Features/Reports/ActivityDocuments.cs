using OneStop.Data.Entities;
using OneStop.Web.Exports;

namespace OneStop.Web.Features.Reports;

/// <summary>The activity report in the plain records the exports lay out, with its suppression applied to every count.</summary>
public static class ActivityDocuments
{
    public static ReportCount Count(SmallCells cells, string key, int value) => new(cells.Value(key, value), cells.Show(key, value));

    public static ReportTable Table(ActivityTable table, SmallCells cells) => new(table.Id, table.Title, table.Columns, table.LabelColumns,
        [.. table.Rows.Select(r => new ReportTableRow(r.Labels, [.. r.Values.Select((v, c) => Count(cells, r.Keys[c], v))]))]);

    public static IReadOnlyList<ReportTable> Tables(ActivityResult result, ActivityTexts texts) =>
        [.. texts.Tables(result.Report).Select(t => Table(t, result.Cells))];

    public static ActivityDocument Pdf(ActivityResult result, ActivityTexts texts, string title)
    {
        var (r, cells, t) = (result.Report, result.Cells, texts.T);
        var channels = Enum.GetValues<VisitChannel>();
        ReportBars Bars(string barsTitle, IReadOnlyList<(string Label, int Value, string Key)> bars) =>
            new(barsTitle, [.. bars.Select(b => new ReportBar(b.Label, Count(cells, b.Key, b.Value)))]);

        return new ActivityDocument(
            title,
            [new(t["Period"], $"{r.From:d/M/yyyy} – {r.To:d/M/yyyy}"), new(t["Scope"], result.ScopeName ?? t["ActivityAllStructures"])],
            cells.Suppress ? t["ActivitySmallCellsNote", cells.Threshold] + " " + t["FreeTextWithheld"] : null,
            t["PageOf"],
            [.. texts.Kpis(r).Select(k => new LabelValue(k.Label, cells.Show(ActivityCells.Total(k.Key), k.Value)))],
            new ActivitySeries(texts.SeriesTable(r).Title, [.. channels.Select(texts.Channel)],
                [.. r.Series.Select(p => new SeriesPoint(ActivityTexts.Tick(p, r.Granularity), Count(cells, ActivityCells.Point(p, null), p.Total),
                    [.. channels.Select(c => Count(cells, ActivityCells.Point(p, c), p.ByChannel[c]))]))]),
            Bars(texts.AxisTable(r).Title, texts.Axes(r)),
            Bars(texts.FunnelTable(r).Title, texts.Funnel(r)),
            Tables(result, texts));
    }
}
