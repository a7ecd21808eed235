using System.Globalization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Reports;
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

    public static byte[] Render(ActivityResult result, ActivityTexts texts, string title)
    {
        var (r, cells) = (result.Report, result.Cells);
        var t = texts.T;
        using var sheet = new PdfSheet(title,
            [new(t["Period"], $"{r.From:d/M/yyyy} – {r.To:d/M/yyyy}"), new(t["Scope"], result.ScopeName ?? t["ActivityAllStructures"])],
            PageOrientation.Portrait, t["PageOf"]);
        var big = PdfFonts.SubsetFont(15, XFontStyleEx.Bold);
        PdfFonts.Prime(sheet.Gfx, big);
        var gfx = sheet.Gfx;
        if (cells.Suppress)
        {
            sheet.Text(t["ActivitySmallCellsNote", cells.Threshold] + " " + t["FreeTextWithheld"], sheet.Small);
        }

        // Tiles: four a row.
        var kpis = texts.Kpis(r);
        const double gap = 6, tileHeight = 40;
        var tileWidth = (sheet.Width - (3 * gap)) / 4;
        for (var i = 0; i < kpis.Count; i++)
        {
            if (i % 4 == 0 && i > 0)
            {
                sheet.Y += tileHeight + gap;
            }

            var x = sheet.Margin + ((i % 4) * (tileWidth + gap));
            var rect = new XRect(x, sheet.Y, tileWidth, tileHeight);
            gfx.DrawRectangle(new XPen(XColors.Gray, 0.6), new XSolidBrush(XColor.FromArgb(0xf2, 0xf4, 0xf8)), rect);
            gfx.DrawString(cells.Show(ActivityCells.Total(kpis[i].Key), kpis[i].Value), big, XBrushes.Black, new XRect(x + 6, sheet.Y + 5, tileWidth - 12, 18), XStringFormats.TopLeft);
            gfx.DrawString(kpis[i].Label, sheet.Body, XBrushes.Black, new XRect(x + 6, sheet.Y + 25, tileWidth - 12, 10), XStringFormats.TopLeft);
        }

        sheet.Y += tileHeight + 16;
        Series(sheet, r, cells, texts);
        sheet.Y += 12;
        Bars(sheet, texts.AxisTable(r).Title, texts.Axes(r), cells);
        sheet.Y += 12;
        Bars(sheet, texts.FunnelTable(r).Title, texts.Funnel(r), cells);

        foreach (var table in texts.Tables(r))
        {
            Table(sheet, table, cells);
        }

        return sheet.ToBytes();
    }

    private static void Series(PdfSheet sheet, ActivityReport r, SmallCells cells, ActivityTexts texts)
    {
        const double height = 190, left = 44, bottom = 30, legend = 16;
        sheet.EnsureSpace(height + 20);
        var gfx = sheet.Gfx;
        gfx.DrawString(texts.SeriesTable(r).Title, sheet.Bold, XBrushes.Black, new XPoint(sheet.Margin, sheet.Y + 8));
        var top = sheet.Y + 16;
        var plotX = sheet.Margin + left;
        var plotW = sheet.Width - left;
        var plotH = height - bottom - legend - 16;
        var (max, step) = ChartScale.Nice(r.Series.Where(p => !cells.Hides(ActivityCells.Point(p, null), p.Total)).Select(p => p.Total).DefaultIfEmpty().Max());
        for (var v = 0; v <= max; v += step)
        {
            var y = top + plotH - (plotH * v / max);
            gfx.DrawLine(new XPen(XColors.LightGray, 0.5), plotX, y, plotX + plotW, y);
            gfx.DrawString(v.ToString("N0", CultureInfo.CurrentCulture), sheet.Small, XBrushes.Black, new XRect(sheet.Margin, y - 4, left - 4, 8), XStringFormats.TopRight);
        }

        var n = r.Series.Count;
        var slot = plotW / Math.Max(1, n);
        var barW = Math.Max(0.5, slot * 0.7);
        var every = ChartScale.LabelEvery(n, 12);
        var channels = Enum.GetValues<VisitChannel>();
        for (var i = 0; i < n; i++)
        {
            var p = r.Series[i];
            var x = plotX + (i * slot) + ((slot - barW) / 2);
            if (cells.Hides(ActivityCells.Point(p, null), p.Total))
            {
                gfx.DrawString(cells.Show(ActivityCells.Point(p, null), p.Total), sheet.Small, XBrushes.Black, new XRect(x - 10, top + plotH - 9, barW + 20, 8), XStringFormats.TopCenter);
            }
            else
            {
                var y = top + plotH;
                for (var c = 0; c < channels.Length; c++)
                {
                    var value = p.ByChannel[channels[c]];
                    if (value == 0 || cells.Hides(ActivityCells.Point(p, channels[c]), value))
                    {
                        continue;
                    }

                    var h = plotH * value / max;
                    y -= h;
                    gfx.DrawRectangle(new XSolidBrush(Shades[c % Shades.Length]), x, y, barW, h);
                }

                if (n <= 24 && p.Total > 0)
                {
                    gfx.DrawString(cells.Show(ActivityCells.Point(p, null), p.Total), sheet.Small, XBrushes.Black, new XRect(x - 10, y - 8, barW + 20, 8), XStringFormats.TopCenter);
                }
            }

            if (i % every == 0)
            {
                gfx.DrawString(ActivityTexts.Tick(p, r.Granularity), sheet.Small, XBrushes.Black, new XRect(x - 20, top + plotH + 3, barW + 40, 8), XStringFormats.TopCenter);
            }
        }

        gfx.DrawLine(XPens.Black, plotX, top + plotH, plotX + plotW, top + plotH);
        var lx = plotX;
        var ly = top + plotH + bottom - 8;
        for (var c = 0; c < channels.Length; c++)
        {
            gfx.DrawRectangle(new XSolidBrush(Shades[c % Shades.Length]), lx, ly, 8, 8);
            var label = texts.Channel(channels[c]);
            gfx.DrawString(label, sheet.Small, XBrushes.Black, new XPoint(lx + 11, ly + 7));
            lx += 20 + gfx.MeasureString(label, sheet.Small).Width;
        }

        sheet.Y = top + height - 16;
    }

    private static void Bars(PdfSheet sheet, string title, IReadOnlyList<(string Label, int Value, string Key)> bars, SmallCells cells)
    {
        const double barH = 13, labelW = 170;
        var height = 16 + (bars.Count * (barH + 4));
        sheet.EnsureSpace(height);
        var gfx = sheet.Gfx;
        gfx.DrawString(title, sheet.Bold, XBrushes.Black, new XPoint(sheet.Margin, sheet.Y + 8));
        var y = sheet.Y + 14;
        var max = Math.Max(1, bars.Where(b => !cells.Hides(b.Key, b.Value)).Select(b => b.Value).DefaultIfEmpty().Max());
        var plotW = sheet.Width - labelW - 50;
        foreach (var (label, value, key) in bars)
        {
            gfx.DrawString(label, sheet.Body, XBrushes.Black, new XRect(sheet.Margin, y + 2, labelW - 6, barH), XStringFormats.TopLeft);
            var w = cells.Hides(key, value) ? 0 : plotW * value / max;
            if (w > 0)
            {
                gfx.DrawRectangle(new XSolidBrush(Shades[0]), sheet.Margin + labelW, y, w, barH);
            }

            gfx.DrawString(cells.Show(key, value), sheet.Body, XBrushes.Black, new XPoint(sheet.Margin + labelW + w + 4, y + 10));
            y += barH + 4;
        }

        sheet.Y += height;
    }

    private static void Table(PdfSheet sheet, ActivityTable table, SmallCells cells)
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
            sheet.Row([.. row.Labels, .. row.Values.Select((v, c) => cells.Show(row.Keys[c], v))], sheet.Body, widths);
        }

        sheet.StopRepeating();
    }
}
