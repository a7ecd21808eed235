using ClosedXML.Excel;
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
public sealed record EsfTableRow(string Code, string Name, IReadOnlyList<EsfTableCount> Counts);

public sealed record EsfTableCount(int? Number, string Text);

/// <summary>The ESF table as a worksheet: numbers as numbers, suppressed cells as text.</summary>
public static class EsfTableXlsx
{
    public static byte[] Render(EsfTable table)
    {
        using var workbook = new XLWorkbook();
        var ws = workbook.Worksheets.Add(table.SheetName);
        var row = 1;
        ws.Cell(row, 1).SetText(table.Title);
        ws.Cell(row, 1).Style.Font.Bold = true;
        ws.Cell(row, 1).Style.Font.FontSize = 14;
        foreach (var h in table.Header)
        {
            row++;
            ws.Cell(row, 1).SetText(h.Label);
            ws.Cell(row, 1).Style.Font.Bold = true;
            ws.Cell(row, 2).SetText(h.Value);
        }

        row += 2;
        var headerRow = row;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            ws.Cell(row, c + 1).SetText(table.Columns[c]);
            ws.Cell(row, c + 1).Style.Font.Bold = true;
            ws.Cell(row, c + 1).Style.Fill.BackgroundColor = XLColor.LightGray;
        }

        foreach (var r in table.Rows)
        {
            row++;
            ws.Cell(row, 1).SetText(r.Code);
            ws.Cell(row, 2).SetText(r.Name);
            for (var c = 0; c < r.Counts.Count; c++)
            {
                var cell = ws.Cell(row, c + 3);
                if (r.Counts[c].Number is { } n)
                {
                    cell.SetValue(n);
                }
                else
                {
                    cell.SetText(r.Counts[c].Text);
                    cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                }
            }
        }

        var range = ws.Range(headerRow, 1, row, table.Columns.Count);
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        row += 2;
        foreach (var note in table.Notes)
        {
            ws.Cell(row++, 1).SetText(note);
        }

        ws.Column(1).Width = 10;
        ws.Column(2).Width = 70;
        for (var c = 3; c <= table.Columns.Count; c++)
        {
            ws.Column(c).Width = 12;
        }

        ws.SheetView.FreezeRows(headerRow);
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
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
