namespace OneStop.Web.Exports;

/// <summary>The data-quality report as a workbook: a summary sheet (each section's title and count) and one sheet per section.</summary>
public static class QualityXlsx
{
    public sealed record Sheet(string Title, IReadOnlyList<string[]> Rows);

    public static byte[] Render(string title, string summaryName, string problemHeader, string countHeader, string[] header, double[] widths, IReadOnlyList<Sheet> sheets)
    {
        using var book = new XlsxBook();
        var summary = book.Add(Name(summaryName, 0));
        summary.Title(title, size: null);
        summary.Header([problemHeader, countHeader], shaded: false);
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = book.Add(Name(sheets[s].Title, s + 1));
            sheet.Header(header, shaded: false);
            foreach (var values in sheets[s].Rows)
            {
                // Text cells: identifiers keep their leading zeros.
                sheet.Texts(values);
            }

            sheet.Widths(widths);
            sheet.Freeze(1);
            summary.Cell(1).SetText(sheets[s].Title);
            summary.Cell(2).SetValue(sheets[s].Rows.Count);
            summary.Skip();
        }

        summary.Widths([60, 12]);
        return book.ToBytes();
    }

    /// <summary>Sheet names: at most 31 characters, none of : \ / ? * [ ], unique (a number in front).</summary>
    private static string Name(string title, int index)
    {
        var clean = new string(title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        var name = index == 0 ? clean : $"{index} {clean}";
        return name.Length > 31 ? name[..31] : name;
    }
}
