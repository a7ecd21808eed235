using PdfSharp;
using PdfSharp.Drawing;

namespace OneStop.Web.Exports;

/// <summary>
/// The ESF table as the exports lay it out, already localised: title, header (framework, period,
/// structure, generated on), the column names, one row per indicator whose counts are numbers, or
/// text where small cells are suppressed ("&lt;5"), and notes under the table.
/// </summary>
public sealed record EsfTable(string Title, IReadOnlyList<LabelValue> Header, IReadOnlyList<string> Columns, IReadOnlyList<EsfTableRow> Rows,
    IReadOnlyList<string> Notes, string PageFormat, string SheetName);

/// <summary>One indicator: code, name and its four counts, each a number or (suppressed) a text such as "&lt;5".</summary>
public sealed record EsfTableRow(string Code, string Name, IReadOnlyList<ReportCount> Counts);


/// <summary>The ESF table as a worksheet: numbers as numbers, suppressed cells as text.</summary>
public static class EsfTableXlsx
{
    public static byte[] Render(EsfTable table)
    {
        using var book = new XlsxBook();
        var ws = book.Add(table.SheetName);
        ws.Title(table.Title);
        ws.Pairs(table.Header, boldLabels: true);
        ws.Skip();
        var headerRow = ws.Header(table.Columns);
        foreach (var r in table.Rows)
        {
            ws.Cell(1).SetText(r.Code);
            ws.Cell(2).SetText(r.Name);
            for (var c = 0; c < r.Counts.Count; c++)
            {
                XlsxSheet.Count(ws.Cell(c + 3), r.Counts[c]);
            }

            ws.Skip();
        }

        ws.Borders(headerRow, table.Columns.Count);
        ws.Skip();
        foreach (var note in table.Notes)
        {
            ws.Texts([note]);
        }

        ws.Widths([10, 70, .. Enumerable.Repeat(12.0, Math.Max(0, table.Columns.Count - 2))]);
        ws.Freeze(headerRow, landscape: true);
        return book.ToBytes();
    }
}

/// <summary>The ESF table on A4 landscape with the Greek font embedded: title, header, table, notes, page X of Y.</summary>
public static class EsfTablePdf
{
    public static byte[] Render(EsfTable table)
    {
        using var pdf = new PdfSheet(table.Title, table.Header, PageOrientation.Landscape, table.PageFormat);
        double[] weights = [1.1, 7, 1.2, 1.2, 1.2, 1.2];
        var widths = weights.Select(w => w / weights.Sum() * pdf.Width).ToArray();
        pdf.RepeatOnNewPage(() => pdf.Row(table.Columns, pdf.Bold, widths, fill: XBrushes.Gainsboro));
        foreach (var r in table.Rows)
        {
            pdf.Row([r.Code, r.Name, .. r.Counts.Select(c => c.Text)], pdf.Body, widths);
        }

        pdf.StopRepeating();
        pdf.Y += 8;
        foreach (var note in table.Notes)
        {
            pdf.Text(note, pdf.Body);
        }

        return pdf.ToBytes();
    }
}
