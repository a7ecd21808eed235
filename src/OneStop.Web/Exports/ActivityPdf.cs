using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;

namespace OneStop.Web.Exports;

/// <summary>
/// The activity report as PDF: the headline tiles, the visits time series (stacked by channel) and
/// the visits by axis drawn with XGraphics in greys that survive a black-and-white printer, then
/// every table. Suppressed counts read "&lt;5" (or "*", hidden so that none can be derived) and their bars are not drawn.
/// </summary>
public static class ActivityPdf
{
    /// <summary>Fills of the channels, dark to light, told apart in grey.</summary>
    private static readonly XColor[] Shades = [XColor.FromArgb(0x1f, 0x3b, 0x73), XColor.FromArgb(0x4f, 0x7c, 0xba), XColor.FromArgb(0x93, 0xb4, 0xe0), XColor.FromArgb(0x5a, 0x5a, 0x5a), XColor.FromArgb(0xc8, 0xc8, 0xc8)];

    public static byte[] Render(ActivityDocument report)
    {
        using var sheet = new PdfSheet(report.Title, report.Header, PageOrientation.Portrait, report.PageFormat);
        var big = sheet.Font(15, XFontStyleEx.Bold);
        if (report.Note is { } note)
        {
            sheet.Text(note, sheet.Small);
        }

        Tiles(sheet, report.Tiles, big);
        Series(sheet, report.Series);
        sheet.Y += 12;
        Bars(sheet, report.Axes);
        sheet.Y += 12;
        Bars(sheet, report.Funnel);
        foreach (var table in report.Tables)
        {
            Table(sheet, table);
        }

        return sheet.ToBytes();
    }

    /// <summary>Four a row: the count large, its label under it.</summary>
    private static void Tiles(PdfSheet sheet, IReadOnlyList<LabelValue> tiles, XFont big)
    {
        const double gap = 6, tileHeight = 40;
        var gfx = sheet.Gfx;
        var tileWidth = (sheet.Width - (3 * gap)) / 4;
        for (var i = 0; i < tiles.Count; i++)
        {
            if (i % 4 == 0 && i > 0)
            {
                sheet.Y += tileHeight + gap;
            }

            var x = sheet.Margin + ((i % 4) * (tileWidth + gap));
            gfx.DrawRectangle(new XPen(XColors.Gray, 0.6), new XSolidBrush(XColor.FromArgb(0xf2, 0xf4, 0xf8)), new XRect(x, sheet.Y, tileWidth, tileHeight));
            gfx.DrawString(tiles[i].Value, big, XBrushes.Black, new XRect(x + 6, sheet.Y + 5, tileWidth - 12, 18), XStringFormats.TopLeft);
            gfx.DrawString(tiles[i].Label, sheet.Body, XBrushes.Black, new XRect(x + 6, sheet.Y + 25, tileWidth - 12, 10), XStringFormats.TopLeft);
        }

        sheet.Y += tileHeight + 16;
    }

    private static void Series(PdfSheet sheet, ActivitySeries series)
    {
        const double height = 190, left = 44, bottom = 30, legend = 16;
        sheet.EnsureSpace(height + 20);
        var gfx = sheet.Gfx;
        gfx.DrawString(series.Title, sheet.Bold, XBrushes.Black, new XPoint(sheet.Margin, sheet.Y + 8));
        var top = sheet.Y + 16;
        var plotX = sheet.Margin + left;
        var plotW = sheet.Width - left;
        var plotH = height - bottom - legend - 16;
        var (max, step) = ChartScale.Nice(series.Points.Select(p => p.Total.Number ?? 0).DefaultIfEmpty().Max());
        for (var v = 0; v <= max; v += step)
        {
            var y = top + plotH - (plotH * v / max);
            gfx.DrawLine(new XPen(XColors.LightGray, 0.5), plotX, y, plotX + plotW, y);
            gfx.DrawString(v.ToString("N0", CultureInfo.CurrentCulture), sheet.Small, XBrushes.Black, new XRect(sheet.Margin, y - 4, left - 4, 8), XStringFormats.TopRight);
        }

        var n = series.Points.Count;
        var slot = plotW / Math.Max(1, n);
        var barW = Math.Max(0.5, slot * 0.7);
        var every = ChartScale.LabelEvery(n, 12);
        for (var i = 0; i < n; i++)
        {
            var p = series.Points[i];
            var x = plotX + (i * slot) + ((slot - barW) / 2);
            if (p.Total.Number is null)
            {
                gfx.DrawString(p.Total.Text, sheet.Small, XBrushes.Black, new XRect(x - 10, top + plotH - 9, barW + 20, 8), XStringFormats.TopCenter);
            }
            else
            {
                var y = top + plotH;
                for (var c = 0; c < p.Parts.Count; c++)
                {
                    if (p.Parts[c].Number is { } value and > 0)
                    {
                        var h = plotH * value / max;
                        y -= h;
                        gfx.DrawRectangle(new XSolidBrush(Shades[c % Shades.Length]), x, y, barW, h);
                    }
                }

                if (n <= 24 && p.Total.Number > 0)
                {
                    gfx.DrawString(p.Total.Text, sheet.Small, XBrushes.Black, new XRect(x - 10, y - 8, barW + 20, 8), XStringFormats.TopCenter);
                }
            }

            if (i % every == 0)
            {
                gfx.DrawString(p.Tick, sheet.Small, XBrushes.Black, new XRect(x - 20, top + plotH + 3, barW + 40, 8), XStringFormats.TopCenter);
            }
        }

        gfx.DrawLine(XPens.Black, plotX, top + plotH, plotX + plotW, top + plotH);
        var lx = plotX;
        var ly = top + plotH + bottom - 8;
        for (var c = 0; c < series.Legend.Count; c++)
        {
            gfx.DrawRectangle(new XSolidBrush(Shades[c % Shades.Length]), lx, ly, 8, 8);
            gfx.DrawString(series.Legend[c], sheet.Small, XBrushes.Black, new XPoint(lx + 11, ly + 7));
            lx += 20 + gfx.MeasureString(series.Legend[c], sheet.Small).Width;
        }

        sheet.Y = top + height - 16;
    }

    private static void Bars(PdfSheet sheet, ReportBars bars)
    {
        const double barH = 13, labelW = 170;
        var height = 16 + (bars.Bars.Count * (barH + 4));
        sheet.EnsureSpace(height);
        var gfx = sheet.Gfx;
        gfx.DrawString(bars.Title, sheet.Bold, XBrushes.Black, new XPoint(sheet.Margin, sheet.Y + 8));
        var y = sheet.Y + 14;
        var max = Math.Max(1, bars.Bars.Select(b => b.Count.Number ?? 0).DefaultIfEmpty().Max());
        var plotW = sheet.Width - labelW - 50;
        foreach (var (label, count) in bars.Bars)
        {
            gfx.DrawString(label, sheet.Body, XBrushes.Black, new XRect(sheet.Margin, y + 2, labelW - 6, barH), XStringFormats.TopLeft);
            var w = plotW * (count.Number ?? 0) / max;
            if (w > 0)
            {
                gfx.DrawRectangle(new XSolidBrush(Shades[0]), sheet.Margin + labelW, y, w, barH);
            }

            gfx.DrawString(count.Text, sheet.Body, XBrushes.Black, new XPoint(sheet.Margin + labelW + w + 4, y + 10));
            y += barH + 4;
        }

        sheet.Y += height;
    }

    private static void Table(PdfSheet sheet, ReportTable table)
    {
        if (table.Rows.Count == 0)
        {
            return;
        }

        sheet.Y += 8;
        sheet.EnsureSpace(50);
        sheet.Text(table.Title, sheet.Bold, 2);
        var values = table.Columns.Count - table.LabelColumns;
        var numberW = Math.Min(76, sheet.Width / (table.Columns.Count + 1));
        var labelW = (sheet.Width - (values * numberW)) / table.LabelColumns;
        double[] widths = [.. Enumerable.Repeat(labelW, table.LabelColumns), .. Enumerable.Repeat(numberW, values)];
        sheet.RepeatOnNewPage(() => sheet.Row(table.Columns, sheet.Bold, widths, fill: new XSolidBrush(XColor.FromArgb(0xe6, 0xe6, 0xe6))));
        foreach (var row in table.Rows)
        {
            sheet.Row([.. row.Labels, .. row.Counts.Select(c => c.Text)], sheet.Body, widths);
        }

        sheet.StopRepeating();
    }
}
