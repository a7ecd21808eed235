using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Web.Exports;

/// <summary>The referral letter for an external partner, as plain localised text.</summary>
public sealed record ReferralLetter(
    string Title,
    string Sender,
    IReadOnlyList<LabelValue> Header,
    string PersonTitle,
    IReadOnlyList<LabelValue> Person,
    string ReasonTitle,
    string Reason,
    IReadOnlyList<string> Closing,
    string SignatureTitle,
    string NameLabel,
    string SignatureLabel);

/// <summary>A4 portrait: sender, addressee and dates, the shared fields, the reason, how to answer, signature.</summary>
public static class ReferralLetterPdf
{
    private const double Margin = 56;

    public static byte[] Render(ReferralLetter letter)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = letter.Title;
        var title = PdfFonts.Font(15, XFontStyleEx.Bold);
        var bold = PdfFonts.Font(10, XFontStyleEx.Bold);
        var body = PdfFonts.Font(10, XFontStyleEx.Regular);
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = gfx.PageSize.Width - (2 * Margin);
            var y = Margin;
            y += PdfText.Draw(gfx, letter.Sender, bold, Margin, y, width) + 14;
            y += PdfText.Draw(gfx, letter.Title, title, Margin, y, width) + 12;
            y = Fields(gfx, letter.Header, bold, body, y, width) + 10;
            y += PdfText.Draw(gfx, letter.PersonTitle, bold, Margin, y, width) + 4;
            y = Fields(gfx, letter.Person, bold, body, y, width) + 10;
            y += PdfText.Draw(gfx, letter.ReasonTitle, bold, Margin, y, width) + 4;
            y += PdfText.Draw(gfx, letter.Reason, body, Margin, y, width) + 12;
            foreach (var paragraph in letter.Closing)
            {
                y += PdfText.Draw(gfx, paragraph, body, Margin, y, width) + 6;
            }

            y = Math.Max(y + 30, gfx.PageSize.Height - Margin - 90);
            gfx.DrawString(letter.SignatureTitle, bold, XBrushes.Black, new XRect(Margin + (width / 2), y, width / 2, 14), XStringFormats.TopLeft);
            Line(gfx, Margin + (width / 2), y + 30, letter.NameLabel, width / 2, body);
            Line(gfx, Margin + (width / 2), y + 60, letter.SignatureLabel, width / 2, body);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static double Fields(XGraphics gfx, IReadOnlyList<LabelValue> fields, XFont bold, XFont body, double y, double width)
    {
        foreach (var field in fields)
        {
            gfx.DrawString(field.Label + ":", bold, XBrushes.Black, new XRect(Margin, y, 160, 14), XStringFormats.TopLeft);
            y += Math.Max(PdfText.Draw(gfx, field.Value, body, Margin + 160, y, width - 160), body.GetHeight()) + 3;
        }

        return y;
    }

    private static void Line(XGraphics gfx, double x, double y, string label, double column, XFont font)
    {
        gfx.DrawString(label, font, XBrushes.Black, new XRect(x, y, 80, 12), XStringFormats.TopLeft);
        gfx.DrawLine(XPens.Black, x + 82, y + 11, x + column - 10, y + 11);
    }
}
