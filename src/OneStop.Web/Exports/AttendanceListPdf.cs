using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Web.Exports;

/// <summary>A session's attendance list, already localised: registered names, then empty rows for walk-ins.</summary>
public sealed record AttendanceList(string Title, IReadOnlyList<LabelValue> Header, IReadOnlyList<string> Columns, IReadOnlyList<string> Names, int BlankRows,
    string HeadCountLine, string FacilitatorSignature, string PageFormat);

/// <summary>A4 portrait: one row per person with a signature box, header repeated on every page.</summary>
public static class AttendanceListPdf
{
    private const double Margin = 40;
    private const double RowHeight = 26;
    private static readonly double[] Weights = [0.07, 0.53, 0.40];

    public static byte[] Render(AttendanceList list)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = list.Title;
        var title = PdfFonts.Font(14, XFontStyleEx.Bold);
        var bold = PdfFonts.Font(9, XFontStyleEx.Bold);
        var body = PdfFonts.Font(9.5, XFontStyleEx.Regular);
        var pages = new List<PdfPage>();
        XGraphics? gfx = null;
        double y = 0, width = 0, bottom = 0;

        void NewPage()
        {
            gfx?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            pages.Add(page);
            gfx = XGraphics.FromPdfPage(page);
            width = gfx.PageSize.Width - (2 * Margin);
            bottom = gfx.PageSize.Height - Margin - 20;
            y = Margin;
            gfx.DrawString(list.Title, title, XBrushes.Black, new XRect(Margin, y, width, 18), XStringFormats.TopCenter);
            y += 26;
            foreach (var h in list.Header)
            {
                gfx.DrawString(h.Label + ": ", bold, XBrushes.Black, new XRect(Margin, y, 120, 12), XStringFormats.TopLeft);
                y += PdfText.Draw(gfx, h.Value, body, Margin + 120, y, width - 120) + 2;
            }

            y += 8;
            Row(list.Columns, bold, XBrushes.Gainsboro, 18);
        }

        void Row(IReadOnlyList<string> cells, XFont font, XBrush? fill, double height)
        {
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var w = Weights[i] * width;
                var rect = new XRect(x, y, w, height);
                if (fill is not null)
                {
                    gfx!.DrawRectangle(fill, rect);
                }

                gfx!.DrawRectangle(XPens.Black, rect);
                gfx.DrawString(cells[i], font, XBrushes.Black, new XRect(x + 4, y, w - 8, height), XStringFormats.CenterLeft);
                x += w;
            }

            y += height;
        }

        NewPage();
        var rows = list.Names.Concat(Enumerable.Repeat("", list.BlankRows)).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            if (y + RowHeight > bottom)
            {
                NewPage();
            }

            Row([(i + 1).ToString(CultureInfo.InvariantCulture), rows[i], ""], body, null, RowHeight);
        }

        if (y + 70 > bottom)
        {
            NewPage();
        }

        y += 14;
        gfx!.DrawString(list.HeadCountLine, body, XBrushes.Black, new XRect(Margin, y, width, 12), XStringFormats.TopLeft);
        y += 36;
        gfx.DrawString(list.FacilitatorSignature, bold, XBrushes.Black, new XRect(Margin, y, 200, 12), XStringFormats.TopLeft);
        gfx.DrawLine(XPens.Black, Margin + 200, y + 12, Margin + width, y + 12);
        gfx.Dispose();

        for (var i = 0; i < pages.Count; i++)
        {
            using var footer = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            footer.DrawString(string.Format(CultureInfo.InvariantCulture, list.PageFormat, i + 1, pages.Count), body, XBrushes.Black,
                new XRect(Margin, footer.PageSize.Height - Margin - 10, footer.PageSize.Width - (2 * Margin), 12), XStringFormats.TopRight);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
