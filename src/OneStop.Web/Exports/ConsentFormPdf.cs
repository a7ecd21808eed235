using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Web.Exports;

/// <summary>The printable privacy notice and consent form, as plain localised text.</summary>
public sealed record ConsentForm(
    string Title,
    IReadOnlyList<LabelValue> Fields,
    IReadOnlyList<string> Notice,
    string ConsentsTitle,
    IReadOnlyList<string> Purposes,
    string GivenLabel,
    string RefusedLabel,
    IReadOnlyList<string> Signatures,
    string NameLabel,
    string SignatureLabel,
    string DateLabel,
    string PageFormat);

/// <summary>A4 portrait: the person and structure, the notice, a tick-box row per purpose, signatures.</summary>
public static class ConsentFormPdf
{
    private const double Margin = 50;

    public static byte[] Render(ConsentForm form)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = form.Title;
        var title = PdfFonts.Font(14, XFontStyleEx.Bold);
        var bold = PdfFonts.Font(9.5, XFontStyleEx.Bold);
        var body = PdfFonts.Font(9.5, XFontStyleEx.Regular);
        var small = PdfFonts.Font(8, XFontStyleEx.Regular);
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
            bottom = gfx.PageSize.Height - Margin - 16;
            y = Margin;
        }

        void Ensure(double height)
        {
            if (y + height > bottom)
            {
                NewPage();
            }
        }

        NewPage();
        y += PdfText.Draw(gfx!, form.Title, title, Margin, y, width) + 10;
        foreach (var field in form.Fields)
        {
            gfx!.DrawString(field.Label + ":", bold, XBrushes.Black, new XRect(Margin, y, 150, 14), XStringFormats.TopLeft);
            if (string.IsNullOrWhiteSpace(field.Value))
            {
                // A blank to fill in by hand.
                gfx.DrawLine(XPens.Gray, Margin + 150, y + 11, Margin + 400, y + 11);
                y += body.GetHeight() + 4;
                continue;
            }

            y += PdfText.Draw(gfx, field.Value, body, Margin + 150, y, width - 150) + 2;
        }

        y += 8;
        foreach (var paragraph in form.Notice)
        {
            var height = PdfText.Wrap(gfx!, paragraph, body, width).Count * body.GetHeight();
            Ensure(height);
            y += PdfText.Draw(gfx!, paragraph, body, Margin, y, width) + 6;
        }

        Ensure(30 + (form.Purposes.Count * 50));
        y += 6;
        gfx!.DrawString(form.ConsentsTitle, bold, XBrushes.Black, new XRect(Margin, y, width, 14), XStringFormats.TopLeft);
        y += 18;
        var textWidth = width - 170;
        for (var i = 0; i < form.Purposes.Count; i++)
        {
            var height = Math.Max(PdfText.Wrap(gfx, form.Purposes[i], body, textWidth).Count * body.GetHeight(), 14);
            Ensure(height + 10);
            PdfText.Draw(gfx, $"{i + 1}. {form.Purposes[i]}", body, Margin, y, textWidth);
            Box(gfx, Margin + textWidth + 15, y, form.GivenLabel, body);
            Box(gfx, Margin + textWidth + 90, y, form.RefusedLabel, body);
            y += height + 10;
        }

        Ensure(110);
        y += 20;
        var column = width / form.Signatures.Count;
        for (var i = 0; i < form.Signatures.Count; i++)
        {
            var x = Margin + (i * column);
            gfx.DrawString(form.Signatures[i], bold, XBrushes.Black, new XRect(x, y, column - 10, 14), XStringFormats.TopLeft);
            Line(gfx, x, y + 24, form.NameLabel, column, small);
            Line(gfx, x, y + 50, form.SignatureLabel, column, small);
            Line(gfx, x, y + 76, form.DateLabel, column, small);
        }

        gfx.Dispose();
        for (var i = 0; i < pages.Count; i++)
        {
            using var footer = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            footer.DrawString(string.Format(CultureInfo.InvariantCulture, form.PageFormat, i + 1, pages.Count), small, XBrushes.Black,
                new XRect(Margin, footer.PageSize.Height - Margin, footer.PageSize.Width - (2 * Margin), 12), XStringFormats.TopRight);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Box(XGraphics gfx, double x, double y, string label, XFont font)
    {
        gfx.DrawRectangle(XPens.Black, x, y, 10, 10);
        gfx.DrawString(label, font, XBrushes.Black, new XRect(x + 14, y - 1, 60, 12), XStringFormats.TopLeft);
    }

    private static void Line(XGraphics gfx, double x, double y, string label, double column, XFont font)
    {
        gfx.DrawString(label, font, XBrushes.Black, new XRect(x, y, 80, 12), XStringFormats.TopLeft);
        gfx.DrawLine(XPens.Black, x + 82, y + 10, x + column - 20, y + 10);
    }
}
