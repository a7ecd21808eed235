using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;

namespace OneStop.Web.Features.Quality;

/// <summary>The data-quality report as XLSX (a summary sheet and one sheet per section) and one section as CSV.</summary>
public sealed class QualityExport(QualityReport report)
{
    /// <summary>What the row is about, in the user's language: the missing fields, the identifier or the consent's purpose.</summary>
    public static string Details(string section, QualityItem item, IStringLocalizer t, IStringLocalizer esf)
    {
        if (item.Missing.Count > 0)
        {
            return string.Join(", ", item.Missing.Select(m => m == QualityReport.MissingExitSituation ? t["Missing_" + m].Value : esf["Missing_" + m].Value));
        }

        return section is QualitySections.ConsentsExpiring or QualitySections.ConsentsExpired && item.Value is { } purpose
            ? t["Purpose_" + purpose]
            : item.Value ?? "";
    }

    public static string Date(string section, QualityItem item, IStringLocalizer t) =>
        item.Date is { } d ? t["Date_" + section] + " " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    private static string[] Header(IStringLocalizer t) =>
        [t["Column_person_id"], t["Column_last_name"], t["Column_first_name"], t["Column_structure"], t["Column_details"], t["Column_date"], t["Column_link"]];

    private static string[] Row(string section, QualityItem i, IStringLocalizer t, IStringLocalizer esf) =>
    [
        i.BeneficiaryId.ToString(CultureInfo.InvariantCulture), i.LastName, i.FirstName,
        i.StructureId?.ToString(CultureInfo.InvariantCulture) ?? "", Details(section, i, t, esf),
        i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", i.FixUrl,
    ];

    public async Task<byte[]> XlsxAsync(IReadOnlyCollection<int> structures, int consentDays, IStringLocalizer t, IStringLocalizer esf, CancellationToken ct)
    {
        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add(Sheet(t["Sheet_summary"], 0));
        summary.Cell(1, 1).SetValue(t["QualityTitle"].Value);
        summary.Cell(1, 1).Style.Font.Bold = true;
        summary.Cell(2, 1).SetValue(t["Problem"].Value);
        summary.Cell(2, 2).SetValue(t["Count"].Value);
        summary.Row(2).Style.Font.Bold = true;
        var index = 0;
        foreach (var section in QualitySections.All)
        {
            index++;
            var title = t[QualitySections.TitleKey(section), consentDays].Value;
            var sheet = workbook.Worksheets.Add(Sheet(title, index));
            var header = Header(t);
            for (var c = 0; c < header.Length; c++)
            {
                sheet.Cell(1, c + 1).SetValue(header[c]);
                sheet.Cell(1, c + 1).Style.Font.Bold = true;
            }

            var row = 1;
            await foreach (var item in report.AllAsync(section, structures, consentDays, ct))
            {
                row++;
                var values = Row(section, item, t, esf);
                for (var c = 0; c < values.Length; c++)
                {
                    sheet.Cell(row, c + 1).SetValue(values[c]);
                }
            }

            sheet.SheetView.FreezeRows(1);
            double[] widths = [12, 24, 20, 12, 40, 12, 36];
            for (var c = 0; c < widths.Length; c++)
            {
                sheet.Column(c + 1).Width = widths[c];
            }

            summary.Cell(index + 2, 1).SetValue(title);
            summary.Cell(index + 2, 2).SetValue(row - 1);
        }

        summary.Column(1).Width = 60;
        summary.Column(2).Width = 12;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>One section as CSV (UTF-8 with BOM so that spreadsheet programs read Greek), written as it is read.</summary>
    public async Task CsvAsync(Stream output, string section, IReadOnlyCollection<int> structures, int consentDays, IStringLocalizer t, IStringLocalizer esf, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', Header(t).Select(Quote)));
        await foreach (var item in report.AllAsync(section, structures, consentDays, ct))
        {
            await writer.WriteLineAsync(string.Join(',', Row(section, item, t, esf).Select(Quote)));
        }

        await writer.FlushAsync(ct);
    }

    /// <summary>CSV quoting; a text that a spreadsheet would take for a formula gets a leading apostrophe.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Sheet names: at most 31 characters, none of : \ / ? * [ ], unique (a number in front).</summary>
    private static string Sheet(string title, int index)
    {
        var clean = new string(title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        var name = index == 0 ? clean : $"{index} {clean}";
        return name.Length > 31 ? name[..31] : name;
    }
}
