using PdfSharp;
using PdfSharp.Drawing;

namespace OneStop.Web.Exports;

/// <summary>Lays out a staff form like its paper original: header, bordered table, notes, signatures.</summary>
public static class StaffSheetPdf
{
    public static byte[] Render(StaffSheet sheet)
    {
        using var pdf = Draw(sheet);
        return pdf.ToBytes();
    }

    public static void Render(StaffSheet sheet, Stream stream)
    {
        using var pdf = Draw(sheet);
        pdf.Save(stream);
    }

    private static PdfSheet Draw(StaffSheet sheet)
    {
        var pdf = new PdfSheet(sheet.Title, sheet.Header, sheet.Landscape ? PageOrientation.Landscape : PageOrientation.Portrait, sheet.PageFormat);
        var total = sheet.Weights.Sum();
        var widths = sheet.Weights.Select(w => w / total * pdf.Width).ToArray();
        var headFont = sheet.Compact ? pdf.Small : pdf.Bold;
        var cellFont = sheet.Compact ? pdf.Small : pdf.Body;
        pdf.RepeatOnNewPage(() => pdf.Row(sheet.Columns, headFont, widths, fill: XBrushes.Gainsboro, center: sheet.Compact));
        if (sheet.Rows.Count == 0)
        {
            pdf.Row([sheet.EmptyText], pdf.Body, [pdf.Width]);
        }

        foreach (var row in sheet.Rows)
        {
            pdf.Row(row, cellFont, widths, sheet.MinRowHeight, center: sheet.Compact);
        }

        if (sheet.TotalRow is { } totalRow)
        {
            pdf.Row(totalRow, sheet.Compact ? pdf.Small : pdf.Bold, widths, fill: XBrushes.WhiteSmoke, center: sheet.Compact);
        }

        pdf.StopRepeating();
        pdf.Y += 8;
        foreach (var note in sheet.Notes)
        {
            pdf.Text(note, pdf.Body);
        }

        pdf.Signatures(sheet.Signatures, [sheet.NameLabel, sheet.SignatureLabel]);
        return pdf;
    }
}
