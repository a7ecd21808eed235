using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;

namespace OneStop.Web.Exports;

/// <summary>A session's attendance list, already localised: registered names, then empty rows for walk-ins.</summary>
public sealed record AttendanceList(string Title, IReadOnlyList<LabelValue> Header, IReadOnlyList<string> Columns, IReadOnlyList<string> Names, int BlankRows,
    string HeadCountLine, string FacilitatorSignature, string PageFormat);

/// <summary>A4 portrait: one row per person with a signature box, header repeated on every page.</summary>
public static class AttendanceListPdf
{
    /// <summary>Tall enough to sign in.</summary>
    private const double RowHeight = 26;
    private static readonly double[] Weights = [0.07, 0.53, 0.40];

    /// <summary>Handed round the room: larger than the staff forms.</summary>
    private static readonly PdfLook Look = PdfLook.Form with { Margin = 40, FontSize = 9.5, TitleSize = 14 };

    public static byte[] Render(AttendanceList list)
    {
        using var pdf = new PdfSheet(list.Title, list.Header, PageOrientation.Portrait, list.PageFormat, Look);
        var widths = Weights.Select(w => w * pdf.Width).ToArray();
        pdf.RepeatOnNewPage(() => pdf.Row(list.Columns, pdf.Bold, widths, fill: XBrushes.Gainsboro));
        var names = list.Names.Concat(Enumerable.Repeat("", list.BlankRows)).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            pdf.Row([(i + 1).ToString(CultureInfo.InvariantCulture), names[i], ""], pdf.Body, widths, RowHeight);
        }

        pdf.StopRepeating();
        pdf.EnsureSpace(70);
        pdf.Y += 14;
        pdf.Text(list.HeadCountLine, pdf.Body);
        pdf.SignatureLine(list.FacilitatorSignature);
        return pdf.ToBytes();
    }
}
