using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OneStop.Web.Exports;

/// <summary>
/// A one-sheet workbook written forward-only, row by row, for exports too large to hold in memory
/// (ClosedXML keeps the whole workbook): the fixed parts are written as text, the sheet with
/// Open XML's SAX <see cref="OpenXmlWriter"/>, strings inline (no shared-string table to keep),
/// into a <see cref="ZipArchive"/> in Create mode, which needs no seekable stream (ADR 074).
/// Three styles: 0 plain, 1 bold (the header row), 2 a date shown yyyy-mm-dd.
/// </summary>
public sealed class StreamedXlsx : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    private readonly ZipArchive zip;
    private readonly Stream sheet;
    private readonly OpenXmlWriter w;
    private readonly string[] letters;
    private readonly Cell cell = new();
    private readonly CellValue value = new();
    private readonly InlineString inline = new();
    private readonly Text text = new();
    private readonly Row rowElement = new();
    private string rowNumber = "0";
    private int column;
    private bool finished;

    public StreamedXlsx(Stream output, string sheetName, int columns, double columnWidth = 14)
    {
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        Part("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
        Part("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part("xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{System.Security.SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Part("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        Part("xl/styles.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """);

        letters = [.. Enumerable.Range(1, columns).Select(ColumnName)];
        sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        w = OpenXmlWriter.Create(sheet, Encoding.UTF8);
        w.WriteStartDocument(true);
        w.WriteStartElement(new Worksheet());
        w.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 }));
        w.WriteElement(new Columns(new Column { Min = 1, Max = (uint)Math.Max(1, columns), Width = columnWidth, CustomWidth = true }));
        w.WriteStartElement(new SheetData());
    }

    public int Rows { get; private set; }

    public void StartRow()
    {
        Rows++;
        rowNumber = Rows.ToString(CultureInfo.InvariantCulture);
        column = 0;
        w.WriteStartElement(rowElement, [new OpenXmlAttribute("r", "", rowNumber)]);
    }

    public void EndRow() => w.WriteEndElement();

    /// <summary>A text cell (inline string) through <see cref="SafeCell"/>; style 1 for the header row. Empty text leaves the cell empty.</summary>
    public void Text(string? s, int style = 0)
    {
        var reference = Next();
        if (string.IsNullOrEmpty(s))
        {
            return;
        }

        s = SafeCell.Text(Clean(s));
        w.WriteStartElement(cell, style == 0
            ? [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("t", "", "inlineStr")]
            : [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)), new OpenXmlAttribute("t", "", "inlineStr")]);
        w.WriteStartElement(inline);
        if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])))
        {
            w.WriteStartElement(text, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
        }
        else
        {
            w.WriteStartElement(text);
        }

        w.WriteString(s);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    public void Number(long? n)
    {
        var reference = Next();
        if (n is { } v)
        {
            Value(reference, null, v.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A date as Excel's day number, shown yyyy-mm-dd.</summary>
    public void Date(DateOnly? d)
    {
        var reference = Next();
        if (d is { } v)
        {
            Value(reference, "2", (v.DayNumber - Epoch.DayNumber).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Closes the sheet and the package; the caller drains what is left.</summary>
    public void Finish()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        w.WriteEndElement(); // sheetData
        w.WriteEndElement(); // worksheet
        w.Close();
        sheet.Dispose();
        zip.Dispose();
    }

    public void Dispose()
    {
        if (!finished)
        {
            w.Dispose();
            sheet.Dispose();
            zip.Dispose();
            finished = true;
        }
    }

    private void Value(string reference, string? style, string number)
    {
        w.WriteStartElement(cell, style is null
            ? [new OpenXmlAttribute("r", "", reference)]
            : [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("s", "", style)]);
        w.WriteStartElement(value);
        w.WriteString(number);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private string Next() => letters[column++] + rowNumber;

    private void Part(string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters other than tab and line breaks) are dropped.</summary>
    private static string Clean(string s)
    {
        foreach (var c in s)
        {
            if (c < 0x20 && c is not ('\t' or '\n' or '\r'))
            {
                return new string([.. s.Where(x => x >= 0x20 || x is '\t' or '\n' or '\r')]);
            }
        }

        return s;
    }

    public static string ColumnName(int n)
    {
        var name = "";
        while (n > 0)
        {
            var m = (n - 1) % 26;
            name = (char)('A' + m) + name;
            n = (n - m - 1) / 26;
        }

        return name;
    }
}
