using ClosedXML.Excel;

namespace OneStop.Web.Exports;

/// <summary>The daily card as one worksheet: title and header rows, the table, the totals.</summary>
public static class DailyCardXlsx
{
    public static byte[] Render(DailyCard card, string sheetName)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        var row = 1;
        sheet.Cell(row, 1).SetText(card.Title);
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 14;
        row++;
        foreach (var h in card.Header)
        {
            sheet.Cell(row, 1).SetText(h.Label);
            sheet.Cell(row, 2).SetText(h.Value);
            row++;
        }

        row++;
        var headerRow = row;
        for (var c = 0; c < card.Columns.Count; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            cell.SetText(card.Columns[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.LightGray;
        }

        foreach (var r in card.Rows)
        {
            row++;
            for (var c = 0; c < r.Count; c++)
            {
                // Text cells: times and numbers stay as the card shows them.
                sheet.Cell(row, c + 1).SetText(r[c]);
            }
        }

        var table = sheet.Range(headerRow, 1, row, card.Columns.Count);
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Alignment.WrapText = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.SheetView.FreezeRows(headerRow);

        row += 2;
        sheet.Cell(row, 1).SetText(card.TotalsTitle);
        sheet.Cell(row, 1).Style.Font.Bold = true;
        foreach (var total in card.Totals)
        {
            row++;
            sheet.Cell(row, 1).SetText(total.Label);
            sheet.Cell(row, 2).SetText(total.Value);
        }

        row += 2;
        foreach (var signature in card.Signatures)
        {
            sheet.Cell(row, 1).SetText(signature);
            sheet.Cell(row + 1, 1).SetText(card.NameLabel);
            sheet.Cell(row + 2, 1).SetText(card.SignatureLabel);
            row += 4;
        }

        double[] widths = [6, 8, 28, 14, 36, 8, 32, 24];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
