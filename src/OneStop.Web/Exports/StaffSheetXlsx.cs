using System.Globalization;

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
        using var book = new XlsxBook();
        var ws = book.Add(sheetName);
        ws.Title(sheet.Title);
        ws.Pairs(sheet.Header);
        ws.Skip();
        var headerRow = ws.Header(sheet.Columns);
        foreach (var row in sheet.Rows)
        {
            Cells(ws, row, culture);
        }

        if (sheet.TotalRow is { } total)
        {
            Cells(ws, total, culture);
            ws.LastRow.Style.Font.Bold = true;
        }

        ws.Borders(headerRow, sheet.Columns.Count);
        ws.Skip();
        foreach (var note in sheet.Notes)
        {
            ws.Texts([note]);
        }

        ws.Skip();
        ws.Signatures(sheet.Signatures, sheet.NameLabel, sheet.SignatureLabel);
        ws.Widths([6, 32, 24, .. Enumerable.Repeat(10.0, Math.Max(0, sheet.Columns.Count - 3))]);
        ws.Freeze(headerRow, sheet.Landscape);
        book.Save(stream);
    }

    private static void Cells(XlsxSheet ws, IReadOnlyList<string> row, CultureInfo culture)
    {
        for (var c = 0; c < row.Count; c++)
        {
            var cell = ws.Cell(c + 1);
            if (c > 0 && decimal.TryParse(row[c], NumberStyles.Number, culture, out var number) && row[c].Contains(culture.NumberFormat.NumberDecimalSeparator, StringComparison.Ordinal))
            {
                cell.SetValue(number);
                cell.Style.NumberFormat.Format = "0.00";
            }
            else
            {
                cell.SetText(row[c]);
            }
        }

        ws.Skip();
    }
}
