using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Exports;

/// <summary>The activity report's tables as XLSX (one sheet per table, counts as numbers) and CSV (long format, UTF-8 with BOM).</summary>
public static class ActivityExports
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = CsvWriter.ContentType;

    public static byte[] Xlsx(string title, string subtitle, IReadOnlyList<ActivityTable> tables, SmallCells cells, string? note)
    {
        using var workbook = new XLWorkbook();
        foreach (var table in tables)
        {
            var ws = workbook.Worksheets.Add(table.Id);
            ws.Cell(1, 1).SetText(table.Title);
            ws.Cell(1, 1).Style.Font.Bold = true;
            ws.Cell(1, 1).Style.Font.FontSize = 13;
            ws.Cell(2, 1).SetText(title + " — " + subtitle);
            if (note is not null)
            {
                ws.Cell(3, 1).SetText(note);
            }

            var row = 5;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = ws.Cell(row, c + 1);
                cell.SetText(table.Columns[c]);
                cell.Style.Font.Bold = true;
                cell.Style.Fill.BackgroundColor = XLColor.LightGray;
            }

            foreach (var r in table.Rows)
            {
                row++;
                for (var c = 0; c < r.Labels.Count; c++)
                {
                    ws.Cell(row, c + 1).SetText(r.Labels[c]);
                }

                for (var c = 0; c < r.Values.Count; c++)
                {
                    var cell = ws.Cell(row, r.Labels.Count + c + 1);
                    if (cells.Hides(r.Keys[c], r.Values[c]))
                    {
                        cell.SetText(cells.Show(r.Keys[c], r.Values[c]));
                        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                    }
                    else
                    {
                        cell.SetValue(r.Values[c]);
                        cell.Style.NumberFormat.Format = "#,##0";
                    }
                }
            }

            // Fixed widths: measuring text needs fonts a server may not have.
            for (var c = 0; c < table.Columns.Count; c++)
            {
                ws.Column(c + 1).Width = c < table.LabelColumns ? 42 : 16;
            }

            ws.SheetView.FreezeRows(5);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>One file, long format: table, row (its labels joined by " / "), column, value; small counts as "&lt;5", those hidden so that none can be derived as "*".</summary>
    public static byte[] Csv(IReadOnlyList<ActivityTable> tables, SmallCells cells)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        csv.Row(["table", "row", "column", "value"]);
        foreach (var table in tables)
        {
            foreach (var r in table.Rows)
            {
                for (var c = 0; c < r.Values.Count; c++)
                {
                    csv.Text(table.Id).Text(string.Join(" / ", r.Labels)).Text(table.Columns[table.LabelColumns + c]);
                    if (cells.Hides(r.Keys[c], r.Values[c]))
                    {
                        csv.Text(cells.Show(r.Keys[c], r.Values[c]));
                    }
                    else
                    {
                        csv.Number(r.Values[c]);
                    }

                    csv.EndRow();
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
