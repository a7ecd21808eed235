using PdfSharp;

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
    private const double LabelWidth = 160;

    /// <summary>The signature sits at the foot of the page, as on a paper letter.</summary>
    private const double SignatureHeight = 100;

    public static byte[] Render(ReferralLetter letter)
    {
        using var pdf = new PdfSheet(letter.Title, [], PageOrientation.Portrait, pageFormat: null, PdfLook.Letter with { Letterhead = letter.Sender });
        pdf.Fields(letter.Header, LabelWidth, 3);
        pdf.Y += 10;
        pdf.Text(letter.PersonTitle, pdf.Bold);
        pdf.Fields(letter.Person, LabelWidth, 3);
        pdf.Y += 10;
        pdf.Text(letter.ReasonTitle, pdf.Bold);
        pdf.Text(letter.Reason, pdf.Body, 12);
        foreach (var paragraph in letter.Closing)
        {
            pdf.Text(paragraph, pdf.Body, 6);
        }

        pdf.Y = Math.Max(pdf.Y, pdf.Bottom - SignatureHeight);
        pdf.Signatures([letter.SignatureTitle], [letter.NameLabel, letter.SignatureLabel], rightHalf: true);
        return pdf.ToBytes();
    }
}
