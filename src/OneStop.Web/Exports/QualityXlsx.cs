using ClosedXML.Excel;

namespace OneStop.Web.Exports;

/// <summary>The data-quality report as a workbook: a summary sheet (each section's title and count) and one sheet per section.</summary>
public static class QualityXlsx
{
    public sealed record Sheet(string Title, IReadOnlyList<string[]> Rows);

    public static byte[] Render(string title, string summaryName, string problemHeader, string countHeader, string[] header, double[] widths, IReadOnlyList<Sheet> sheets)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add(Name(summaryName, 0));
        summary.Cell(1, 1).SetText(title);
        summary.Cell(1, 1).Style.Font.Bold = true;
        summary.Cell(2, 1).SetText(problemHeader);
        summary.Cell(2, 2).SetText(countHeader);
        summary.Row(2).Style.Font.Bold = true;
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = workbook.Worksheets.Add(Name(sheets[s].Title, s + 1));
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(1, c + 1).SetText(header[c]);
                sheet.Cell(1, c + 1).Style.Font.Bold = true;
                sheet.Column(c + 1).Width = widths[c];
            }

            var row = 1;
            foreach (var values in sheets[s].Rows)
            {
                row++;
                for (var c = 0; c < values.Length; c++)
                {
                    // Text cells: identifiers keep their leading zeros.
                    sheet.Cell(row, c + 1).SetText(values[c]);
                }
            }

            sheet.SheetView.FreezeRows(1);
            summary.Cell(s + 3, 1).SetText(sheets[s].Title);
            summary.Cell(s + 3, 2).SetValue(sheets[s].Rows.Count);
        }

        summary.Column(1).Width = 60;
        summary.Column(2).Width = 12;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Sheet names: at most 31 characters, none of : \ / ? * [ ], unique (a number in front).</summary>
    private static string Name(string title, int index)
    {
        var clean = new string(title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        var name = index == 0 ? clean : $"{index} {clean}";
        return name.Length > 31 ? name[..31] : name;
    }
}
