using System.Globalization;
using ClosedXML.Excel;

namespace OneStop.Web.Exports;

/// <summary>A staff form as one worksheet; cells that read as numbers in the sheet's culture are numbers.</summary>
public static class StaffSheetXlsx
{
    public static byte[] Render(StaffSheet sheet, string sheetName, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        Render(sheet, sheetName, culture, stream);
        return stream.ToArray();
    }

    public static void Render(StaffSheet sheet, string sheetName, CultureInfo culture, Stream stream)
    {
        using var workbook = new XLWorkbook();
        var ws = workbook.Worksheets.Add(sheetName);
        var row = 1;
        ws.Cell(row, 1).SetText(sheet.Title);
        ws.Cell(row, 1).Style.Font.Bold = true;
        ws.Cell(row, 1).Style.Font.FontSize = 14;
        foreach (var h in sheet.Header)
        {
            row++;
            ws.Cell(row, 1).SetText(h.Label);
            ws.Cell(row, 2).SetText(h.Value);
        }

        row += 2;
        var headerRow = row;
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            ws.Cell(row, c + 1).SetText(sheet.Columns[c]);
            ws.Cell(row, c + 1).Style.Font.Bold = true;
            ws.Cell(row, c + 1).Style.Fill.BackgroundColor = XLColor.LightGray;
        }

        var lines = sheet.TotalRow is null ? sheet.Rows : sheet.Rows.Append(sheet.TotalRow);
        foreach (var r in lines)
        {
            row++;
            for (var c = 0; c < r.Count; c++)
            {
                var cell = ws.Cell(row, c + 1);
                if (c > 0 && decimal.TryParse(r[c], NumberStyles.Number, culture, out var number) && r[c].Contains(culture.NumberFormat.NumberDecimalSeparator, StringComparison.Ordinal))
                {
                    cell.SetValue(number);
                    cell.Style.NumberFormat.Format = "0.00";
                }
                else
                {
                    cell.SetText(r[c]);
                }
            }
        }

        if (sheet.TotalRow is not null)
        {
            ws.Row(row).Style.Font.Bold = true;
        }

        var table = ws.Range(headerRow, 1, Math.Max(row, headerRow), sheet.Columns.Count);
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        ws.SheetView.FreezeRows(headerRow);
        row += 2;
        foreach (var note in sheet.Notes)
        {
            ws.Cell(row++, 1).SetText(note);
        }

        row++;
        foreach (var signature in sheet.Signatures)
        {
            ws.Cell(row, 1).SetText(signature);
            ws.Cell(row + 1, 1).SetText(sheet.NameLabel);
            ws.Cell(row + 2, 1).SetText(sheet.SignatureLabel);
            row += 4;
        }

        ws.Column(1).Width = 6;
        ws.Column(2).Width = 32;
        ws.Column(3).Width = 24;
        for (var c = 4; c <= sheet.Columns.Count; c++)
        {
            ws.Column(c).Width = 10;
        }

        ws.PageSetup.PageOrientation = sheet.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
        ws.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        workbook.SaveAs(stream);
    }
}
