using System.Globalization;
using System.Text;

namespace OneStop.Web.Exports;

/// <summary>
/// The one CSV writer of the exports: RFC 4180 (comma, CRLF, a field with a comma, quote or line
/// break quoted and its quotes doubled) and every text field through <see cref="SafeCell"/>.
/// A row is built in memory and written when it ends, so the caller chooses sync or async writes.
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly StringBuilder line = new();
    private bool first = true;

    public CsvWriter Text(string? value)
    {
        Separator();
        var text = SafeCell.Text(value);
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(text);
        }
        else
        {
            line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return this;
    }

    /// <summary>A number as a number: invariant digits, a minus sign left as it is.</summary>
    public CsvWriter Number(long? value)
    {
        Separator();
        line.Append(value?.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public CsvWriter Date(DateOnly? value)
    {
        Separator();
        line.Append(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A row of text fields, written at once.</summary>
    public void Row(IEnumerable<string?> texts)
    {
        foreach (var text in texts)
        {
            Text(text);
        }

        EndRow();
    }

    public async Task RowAsync(IEnumerable<string?> texts, CancellationToken ct)
    {
        foreach (var text in texts)
        {
            Text(text);
        }

        await EndRowAsync(ct);
    }

    public void EndRow()
    {
        output.Write(line.Append("\r\n"));
        Clear();
    }

    public async Task EndRowAsync(CancellationToken ct)
    {
        await output.WriteAsync(line.Append("\r\n"), ct);
        Clear();
    }

    private void Separator()
    {
        if (!first)
        {
            line.Append(',');
        }

        first = false;
    }

    private void Clear()
    {
        line.Clear();
        first = true;
    }
}
