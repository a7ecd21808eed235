using ClosedXML.Excel;

namespace OneStop.Web.Exports;

/// <summary>
/// The furniture every spreadsheet export shares, written downwards from row 1: a title, label–value
/// rows, the bold shaded column header, bordered tables, fixed widths (measuring text needs fonts a
/// server may not have), A4 print setup. Every text goes through <see cref="SafeCell"/> (ADR 088).
/// </summary>
internal sealed class XlsxSheet(IXLWorksheet ws)
{
    /// <summary>The next row to write.</summary>
    public int Row { get; set; } = 1;

    public IXLCell Cell(int column) => ws.Cell(Row, column);

    public IXLRow LastRow => ws.Row(Row - 1);

    /// <summary>A bold line; <paramref name="size"/> in points, the default size when null.</summary>
    public void Title(string text, double? size = 14)
    {
        Cell(1).SetText(text).Style.Font.Bold = true;
        if (size is { } points)
        {
            Cell(1).Style.Font.FontSize = points;
        }

        Row++;
    }

    /// <summary>One row of text cells, from column A.</summary>
    public void Texts(IReadOnlyList<string> texts)
    {
        for (var c = 0; c < texts.Count; c++)
        {
            Cell(c + 1).SetText(texts[c]);
        }

        Row++;
    }

    /// <summary>A row per pair: the label in A, the value in B.</summary>
    public void Pairs(IReadOnlyList<LabelValue> pairs, bool boldLabels = false)
    {
        foreach (var pair in pairs)
        {
            Cell(1).SetText(pair.Label).Style.Font.Bold = boldLabels;
            Cell(2).SetText(pair.Value);
            Row++;
        }
    }

    public void Skip(int rows = 1) => Row += rows;

    /// <summary>The column names in bold (shaded grey unless told not to); returns their row.</summary>
    public int Header(IReadOnlyList<string> columns, bool shaded = true)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = Cell(c + 1).SetText(columns[c]);
            cell.Style.Font.Bold = true;
            if (shaded)
            {
                cell.Style.Fill.BackgroundColor = XLColor.LightGray;
            }
        }

        return Row++;
    }

    /// <summary>A count: a number as a number, a suppressed one as its text, right-aligned like a number.</summary>
    public static void Count(IXLCell cell, ReportCount count, string? format = null)
    {
        if (count.Number is { } number)
        {
            cell.SetValue(number);
            if (format is not null)
            {
                cell.Style.NumberFormat.Format = format;
            }
        }
        else
        {
            cell.SetText(count.Text).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        }
    }

    /// <summary>Thin borders round every cell from the header row to the last row written.</summary>
    public IXLRange Borders(int headerRow, int columns)
    {
        var range = ws.Range(headerRow, 1, Math.Max(Row - 1, headerRow), columns);
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        return range;
    }

    public void Widths(IReadOnlyList<double> widths)
    {
        for (var c = 0; c < widths.Count; c++)
        {
            ws.Column(c + 1).Width = widths[c];
        }
    }

    /// <summary>Rows up to the header stay in view; printed on A4, the header row repeated on every page.</summary>
    public void Freeze(int headerRow, bool? landscape = null)
    {
        ws.SheetView.FreezeRows(headerRow);
        if (landscape is { } wide)
        {
            ws.PageSetup.PageOrientation = wide ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
            ws.PageSetup.PaperSize = XLPaperSize.A4Paper;
            ws.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        }
    }

    /// <summary>Caption, name and signature lines, a blank row after each.</summary>
    public void Signatures(IReadOnlyList<string> captions, string nameLabel, string signatureLabel)
    {
        foreach (var caption in captions)
        {
            Texts([caption]);
            Texts([nameLabel]);
            Texts([signatureLabel]);
            Skip();
        }
    }
}

/// <summary>A workbook of <see cref="XlsxSheet"/>s, saved to bytes or to a stream.</summary>
internal sealed class XlsxBook : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly XLWorkbook workbook = new();

    public XlsxSheet Add(string name) => new(workbook.Worksheets.Add(name));

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Save(stream);
        return stream.ToArray();
    }

    public void Save(Stream stream) => workbook.SaveAs(stream);

    public void Dispose() => workbook.Dispose();
}
