using System.Globalization;
using System.Text;

namespace OneStop.Web.Exports;

/// <summary>The activity report's tables as XLSX (one sheet per table, counts as numbers) and CSV (long format, UTF-8 with BOM).</summary>
public static class ActivityExports
{
    public const string XlsxType = XlsxBook.ContentType;
    public const string CsvType = CsvWriter.ContentType;

    /// <summary>The row of every sheet's column header, under the title, the subtitle and the note.</summary>
    private const int HeaderRow = 5;

    public static byte[] Xlsx(string title, string subtitle, IReadOnlyList<ReportTable> tables, string? note)
    {
        using var book = new XlsxBook();
        foreach (var table in tables)
        {
            var ws = book.Add(table.Id);
            ws.Title(table.Title, size: 13);
            ws.Texts([title + " — " + subtitle]);
            if (note is not null)
            {
                ws.Texts([note]);
            }

            ws.Row = HeaderRow;
            ws.Header(table.Columns);
            foreach (var r in table.Rows)
            {
                for (var c = 0; c < r.Labels.Count; c++)
                {
                    ws.Cell(c + 1).SetText(r.Labels[c]);
                }

                for (var c = 0; c < r.Counts.Count; c++)
                {
                    XlsxSheet.Count(ws.Cell(r.Labels.Count + c + 1), r.Counts[c], "#,##0");
                }

                ws.Skip();
            }

            ws.Widths([.. table.Columns.Select((_, c) => c < table.LabelColumns ? 42.0 : 16.0)]);
            ws.Freeze(HeaderRow);
        }

        return book.ToBytes();
    }

    /// <summary>One file, long format: table, row (its labels joined by " / "), column, value; a suppressed count as its text ("&lt;5", "*").</summary>
    public static byte[] Csv(IReadOnlyList<ReportTable> tables)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        csv.Row(["table", "row", "column", "value"]);
        foreach (var table in tables)
        {
            foreach (var r in table.Rows)
            {
                for (var c = 0; c < r.Counts.Count; c++)
                {
                    csv.Text(table.Id).Text(string.Join(" / ", r.Labels)).Text(table.Columns[table.LabelColumns + c]);
                    if (r.Counts[c].Number is { } number)
                    {
                        csv.Number(number);
                    }
                    else
                    {
                        csv.Text(r.Counts[c].Text);
                    }

                    csv.EndRow();
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
