using ClosedXML.Excel;

namespace OneStop.Web.Exports;

/// <summary>The daily card as one worksheet: title and header rows, the table, the totals.</summary>
public static class DailyCardXlsx
{
    private static readonly double[] Widths = [6, 8, 28, 14, 36, 8, 32, 24];

    public static byte[] Render(DailyCard card, string sheetName)
    {
        using var book = new XlsxBook();
        var sheet = book.Add(sheetName);
        sheet.Title(card.Title);
        sheet.Pairs(card.Header);
        sheet.Skip();
        var headerRow = sheet.Header(card.Columns);
        foreach (var row in card.Rows)
        {
            // Text cells: times and numbers stay as the card shows them.
            sheet.Texts(row);
        }

        var table = sheet.Borders(headerRow, card.Columns.Count);
        table.Style.Alignment.WrapText = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Skip();
        sheet.Title(card.TotalsTitle, size: null);
        sheet.Pairs(card.Totals);
        sheet.Skip();
        sheet.Signatures(card.Signatures, card.NameLabel, card.SignatureLabel);
        sheet.Widths(Widths);
        sheet.Freeze(headerRow, landscape: true);
        return book.ToBytes();
    }
}
