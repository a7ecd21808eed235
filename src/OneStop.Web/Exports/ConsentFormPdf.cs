using PdfSharp;
using PdfSharp.Drawing;

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
    private const double LabelWidth = 150;

    /// <summary>Room for the two tick boxes right of a purpose.</summary>
    private const double BoxesWidth = 170;

    public static byte[] Render(ConsentForm form)
    {
        using var pdf = new PdfSheet(form.Title, [], PageOrientation.Portrait, form.PageFormat, PdfLook.Letter);
        pdf.Fields(form.Fields, LabelWidth);
        pdf.Y += 8;
        foreach (var paragraph in form.Notice)
        {
            pdf.Text(paragraph, pdf.Body, 6);
        }

        pdf.EnsureSpace(30 + (form.Purposes.Count * 50));
        pdf.Y += 6;
        pdf.Text(form.ConsentsTitle, pdf.Bold, 6);
        var textWidth = pdf.Width - BoxesWidth;
        for (var i = 0; i < form.Purposes.Count; i++)
        {
            var text = $"{i + 1}. {form.Purposes[i]}";
            var height = Math.Max(PdfText.Wrap(pdf.Gfx, text, pdf.Body, textWidth).Count * pdf.Body.GetHeight(), 14);
            pdf.EnsureSpace(height + 10);
            PdfText.Draw(pdf.Gfx, text, pdf.Body, pdf.Margin, pdf.Y, textWidth);
            Box(pdf, pdf.Margin + textWidth + 15, form.GivenLabel);
            Box(pdf, pdf.Margin + textWidth + 90, form.RefusedLabel);
            pdf.Y += height + 10;
        }

        pdf.Signatures(form.Signatures, [form.NameLabel, form.SignatureLabel, form.DateLabel]);
        return pdf.ToBytes();
    }

    private static void Box(PdfSheet pdf, double x, string label)
    {
        pdf.Gfx.DrawRectangle(XPens.Black, x, pdf.Y, 10, 10);
        pdf.Gfx.DrawString(label, pdf.Body, XBrushes.Black, new XRect(x + 14, pdf.Y - 1, 60, 12), XStringFormats.TopLeft);
    }
}
