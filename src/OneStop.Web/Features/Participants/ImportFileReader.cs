using System.Globalization;
using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;

namespace OneStop.Web.Features.Participants;

/// <summary>The file cannot be read as the template at all (encoding, ZIP bomb, not a spreadsheet).</summary>
public sealed class ImportFileException(string reason) : Exception(reason);

/// <summary>
/// Reads the rows of an uploaded CSV (UTF-8 only) or XLSX file. CSV is streamed; an XLSX is first
/// checked as a ZIP (entry count and uncompressed sizes, before anything is decompressed) so that a
/// ZIP bomb is refused, then read with ClosedXML.
/// </summary>
public static class ImportFileReader
{
    public const int MaxZipEntries = 1_000;
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;
    public const int MaxCompressionRatio = 200;

    public enum Kind { Csv, Xlsx }

    /// <summary>Decides from the content (not the name) what the file is, or refuses it.</summary>
    public static Kind Detect(Stream stream, string fileName, Func<string, string> text)
    {
        Span<byte> head = stackalloc byte[4096];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        head = head[..read];
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
        {
            return Kind.Xlsx;
        }

        if (read >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            throw new ImportFileException(text("Utf16NotAccepted"));
        }

        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xls", StringComparison.OrdinalIgnoreCase)
            || head.IndexOf((byte)0) >= 0 || head.StartsWith("%PDF"u8))
        {
            throw new ImportFileException(text("NotASpreadsheet"));
        }

        return Kind.Csv;
    }

    /// <summary>
    /// The rows of the file, header first, each with its 1-based row number. A cell our exports neutralised
    /// ('=…, '+… — <see cref="Exports.SafeCell"/>) reads back as it was typed, so an export edited and imported
    /// again keeps its values.
    /// </summary>
    public static IEnumerable<(int Number, List<string> Cells)> Rows(Stream stream, Kind kind, Func<string, string> text) =>
        (kind == Kind.Csv ? CsvRows(stream, text) : XlsxRows(stream, text))
            .Select(r => (r.Item1, r.Item2.ConvertAll(Exports.SafeCell.Undo)));

    private static IEnumerable<(int, List<string>)> CsvRows(Stream stream, Func<string, string> text)
    {
        stream.Position = 0;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var number = 0;
        var line = 1;
        while (true)
        {
            List<string>? cells;
            try
            {
                cells = CsvReader.ReadRecord(reader, ref line);
            }
            catch (DecoderFallbackException)
            {
                throw new ImportFileException(string.Format(CultureInfo.CurrentCulture, text("NotUtf8"), LineOfFirstInvalidByte(stream)));
            }

            if (cells is null)
            {
                yield break;
            }

            number++;
            if (cells.Count == 1 && cells[0].Length == 0)
            {
                continue;
            }

            yield return (number, cells);
        }
    }

    /// <summary>The reader decodes ahead; the line of the first byte that is not UTF-8 is found on the raw bytes.</summary>
    private static int LineOfFirstInvalidByte(Stream stream)
    {
        stream.Position = 0;
        var buffer = new byte[1 << 16];
        var chars = new char[1 << 16];
        var line = 1;
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0 || carry > 0)
        {
            var length = carry + read;
            var status = System.Text.Unicode.Utf8.ToUtf16(buffer.AsSpan(0, length), chars, out var bytesRead, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
            line += buffer.AsSpan(0, bytesRead).Count((byte)'\n');
            if (status == System.Buffers.OperationStatus.InvalidData || read == 0)
            {
                return line;
            }

            carry = length - bytesRead;
            buffer.AsSpan(bytesRead, carry).CopyTo(buffer);
        }

        return line;
    }

    private static IEnumerable<(int, List<string>)> XlsxRows(Stream stream, Func<string, string> text)
    {
        CheckZip(stream, text);
        stream.Position = 0;
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception e) when (e is not ImportFileException and not OutOfMemoryException)
        {
            throw new ImportFileException(text("NotASpreadsheet"));
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault() ?? throw new ImportFileException(text("NotASpreadsheet"));
            var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
            var amkaColumn = -1;
            foreach (var row in sheet.RowsUsed())
            {
                var cells = new List<string>(last);
                for (var c = 1; c <= last; c++)
                {
                    cells.Add(CellText(row.Cell(c)));
                }

                if (row.RowNumber() == 1)
                {
                    amkaColumn = cells.FindIndex(h => h.Trim().Equals("amka", StringComparison.OrdinalIgnoreCase));
                }
                else if (amkaColumn >= 0 && row.Cell(amkaColumn + 1).DataType == XLDataType.Number)
                {
                    // A spreadsheet keeps an ΑΜΚΑ typed as a number without its leading zero.
                    cells[amkaColumn] = cells[amkaColumn].PadLeft(11, '0');
                }

                yield return (row.RowNumber(), cells);
            }
        }
    }

    private static string CellText(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString("0.##########", CultureInfo.InvariantCulture),
        XLDataType.Boolean => cell.GetBoolean() ? "true" : "false",
        _ => cell.GetString(),
    };

    /// <summary>Refuses a ZIP bomb from the central directory alone: too many entries, too large
    /// uncompressed, or compressed too well; and a ZIP that holds no workbook.</summary>
    private static void CheckZip(Stream stream, Func<string, string> text)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries)
            {
                throw new ImportFileException(text("ZipBomb"));
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes || (entry.Length > 1024 * 1024 && entry.Length > (long)MaxCompressionRatio * Math.Max(1, entry.CompressedLength)))
                {
                    throw new ImportFileException(text("ZipBomb"));
                }
            }

            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                throw new ImportFileException(text("NotASpreadsheet"));
            }
        }
        catch (InvalidDataException)
        {
            throw new ImportFileException(text("NotASpreadsheet"));
        }
    }
}

/// <summary>RFC 4180 records: commas, double quotes, quoted line breaks; \r\n or \n.</summary>
internal static class CsvReader
{
    public static List<string>? ReadRecord(TextReader reader, ref int line)
    {
        var c = reader.Read();
        if (c < 0)
        {
            return null;
        }

        var cells = new List<string>(24);
        var cell = new StringBuilder();
        var quoted = false;
        while (true)
        {
            if (quoted)
            {
                if (c < 0)
                {
                    cells.Add(cell.ToString());
                    return cells;
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        cell.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append((char)c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or -1)
            {
                line++;
                cells.Add(cell.ToString());
                return cells;
            }
            else if (c != '\r')
            {
                cell.Append((char)c);
            }

            c = reader.Read();
        }
    }
}
