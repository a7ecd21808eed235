using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Web.Exports;

/// <summary>
/// Lays out the daily card like the paper form: A4 landscape, the structure and date on top, the
/// table with its header row repeated on every page, totals, signature lines, "page X of Y".
/// </summary>
public static class DailyCardPdf
{
    private const double Margin = 36;
    private const double Padding = 3;

    /// <summary>Relative widths of α/α, time, person, channel, reason, axis, services/outcome, staff.</summary>
    private static readonly double[] Weights = [0.035, 0.05, 0.18, 0.10, 0.235, 0.06, 0.19, 0.15];

    /// <param name="subsetFonts">embed only the glyphs used (the certification pack prints hundreds of cards).</param>
    public static byte[] Render(DailyCard card, bool subsetFonts = false)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = card.Title;
        Func<double, XFontStyleEx, XFont> font = subsetFonts ? PdfFonts.SubsetFont : PdfFonts.Font;
        var title = font(14, XFontStyleEx.Bold);
        var bold = font(8.5, XFontStyleEx.Bold);
        var body = font(8.5, XFontStyleEx.Regular);
        var small = font(8, XFontStyleEx.Regular);

        var pages = new List<PdfPage>();
        XGraphics? gfx = null;
        double y = 0, width = 0, bottom = 0;
        double[] widths = [];

        void NewPage(bool withTableHeader)
        {
            gfx?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Landscape;
            pages.Add(page);
            gfx = XGraphics.FromPdfPage(page);
            if (subsetFonts && pages.Count == 1)
            {
                PdfFonts.Prime(gfx, title, bold, body, small);
            }

            width = gfx.PageSize.Width - (2 * Margin);
            bottom = gfx.PageSize.Height - Margin - 16;
            widths = Weights.Select(w => w * width).ToArray();
            y = Margin;
            gfx.DrawString(card.Title, title, XBrushes.Black, new XRect(Margin, y, width, 18), XStringFormats.TopCenter);
            y += 24;
            var x = Margin;
            foreach (var h in card.Header)
            {
                var label = h.Label + ": ";
                gfx.DrawString(label, bold, XBrushes.Black, new XRect(x, y, width, 12), XStringFormats.TopLeft);
                x += gfx.MeasureString(label, bold).Width;
                gfx.DrawString(h.Value, body, XBrushes.Black, new XRect(x, y, width, 12), XStringFormats.TopLeft);
                x += gfx.MeasureString(h.Value, body).Width + 24;
            }

            y += 20;
            if (withTableHeader)
            {
                y += DrawRow(gfx, card.Columns, bold, widths, y, XBrushes.Gainsboro);
            }
        }

        NewPage(withTableHeader: true);
        if (card.Rows.Count == 0)
        {
            y += DrawRow(gfx!, [card.EmptyText], body, [width], y, null);
        }

        foreach (var row in card.Rows)
        {
            if (y + RowHeight(gfx!, row, body, widths) > bottom)
            {
                NewPage(withTableHeader: true);
            }

            y += DrawRow(gfx!, row, body, widths, y, null);
        }

        // Totals and signatures stay together; they move to a new page when they do not fit.
        var closing = 30 + (card.Totals.Count / 2 * body.GetHeight()) + 110;
        if (y + closing > bottom)
        {
            NewPage(withTableHeader: false);
        }

        y += 14;
        gfx!.DrawString(card.TotalsTitle, bold, XBrushes.Black, new XRect(Margin, y, width, 12), XStringFormats.TopLeft);
        y += 14;
        var half = (card.Totals.Count + 1) / 2;
        for (var i = 0; i < card.Totals.Count; i++)
        {
            var column = i < half ? 0 : 1;
            var line = i < half ? i : i - half;
            var total = card.Totals[i];
            gfx.DrawString($"{total.Label}: {total.Value}", body, XBrushes.Black,
                new XRect(Margin + (column * width / 2), y + (line * body.GetHeight()), width / 2, body.GetHeight()), XStringFormats.TopLeft);
        }

        y += (half * body.GetHeight()) + 30;
        var box = width / card.Signatures.Count;
        for (var i = 0; i < card.Signatures.Count; i++)
        {
            var x = Margin + (i * box);
            gfx.DrawString(card.Signatures[i], bold, XBrushes.Black, new XRect(x, y, box - 20, 12), XStringFormats.TopLeft);
            gfx.DrawString(card.NameLabel, small, XBrushes.Black, new XRect(x, y + 26, 80, 12), XStringFormats.TopLeft);
            gfx.DrawLine(XPens.Black, x + 80, y + 36, x + box - 30, y + 36);
            gfx.DrawString(card.SignatureLabel, small, XBrushes.Black, new XRect(x, y + 58, 80, 12), XStringFormats.TopLeft);
            gfx.DrawLine(XPens.Black, x + 80, y + 68, x + box - 30, y + 68);
        }

        gfx.Dispose();
        for (var i = 0; i < pages.Count; i++)
        {
            using var footer = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            var text = string.Format(CultureInfo.InvariantCulture, card.PageFormat, i + 1, pages.Count);
            footer.DrawString(text, small, XBrushes.Black,
                new XRect(Margin, footer.PageSize.Height - Margin - 10, footer.PageSize.Width - (2 * Margin), 12), XStringFormats.TopRight);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static double RowHeight(XGraphics gfx, IReadOnlyList<string> cells, XFont font, double[] widths) =>
        (cells.Select((c, i) => PdfText.Wrap(gfx, c, font, widths[i] - (2 * Padding)).Count).DefaultIfEmpty(1).Max() * font.GetHeight()) + (2 * Padding);

    private static double DrawRow(XGraphics gfx, IReadOnlyList<string> cells, XFont font, double[] widths, double y, XBrush? fill)
    {
        var height = RowHeight(gfx, cells, font, widths);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var rect = new XRect(x, y, widths[i], height);
            if (fill is not null)
            {
                gfx.DrawRectangle(fill, rect);
            }

            gfx.DrawRectangle(XPens.Black, rect);
            PdfText.Draw(gfx, cells[i], font, x + Padding, y + Padding, widths[i] - (2 * Padding));
            x += widths[i];
        }

        return height;
    }
}
