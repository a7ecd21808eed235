using PdfSharp;
using PdfSharp.Drawing;

namespace OneStop.Web.Exports;

/// <summary>
/// Lays out the daily card like the paper form: A4 landscape, the structure and date on top, the
/// table with its header row repeated on every page, totals, signature lines, "page X of Y".
/// </summary>
public static class DailyCardPdf
{
    /// <summary>Relative widths of α/α, time, person, channel, reason, axis, services/outcome, staff.</summary>
    private static readonly double[] Weights = [0.035, 0.05, 0.18, 0.10, 0.235, 0.06, 0.19, 0.15];

    public static byte[] Render(DailyCard card)
    {
        using var pdf = new PdfSheet(card.Title, card.Header, PageOrientation.Landscape, card.PageFormat);
        var widths = Weights.Select(w => w * pdf.Width).ToArray();
        pdf.RepeatOnNewPage(() => pdf.Row(card.Columns, pdf.Bold, widths, fill: XBrushes.Gainsboro));
        if (card.Rows.Count == 0)
        {
            pdf.Row([card.EmptyText], pdf.Body, [pdf.Width]);
        }

        foreach (var row in card.Rows)
        {
            pdf.Row(row, pdf.Body, widths);
        }

        pdf.StopRepeating();

        // Totals and signatures stay together; they move to a new page when they do not fit.
        var half = (card.Totals.Count + 1) / 2;
        pdf.EnsureSpace(30 + (half * pdf.Body.GetHeight()) + 110);
        pdf.Y += 14;
        pdf.Text(card.TotalsTitle, pdf.Bold);
        for (var i = 0; i < card.Totals.Count; i++)
        {
            var (column, line) = i < half ? (0, i) : (1, i - half);
            pdf.Gfx.DrawString($"{card.Totals[i].Label}: {card.Totals[i].Value}", pdf.Body, XBrushes.Black,
                new XRect(pdf.Margin + (column * pdf.Width / 2), pdf.Y + (line * pdf.Body.GetHeight()), pdf.Width / 2, pdf.Body.GetHeight()), XStringFormats.TopLeft);
        }

        pdf.Y += (half * pdf.Body.GetHeight()) + 14;
        pdf.Signatures(card.Signatures, [card.NameLabel, card.SignatureLabel]);
        return pdf.ToBytes();
    }
}
