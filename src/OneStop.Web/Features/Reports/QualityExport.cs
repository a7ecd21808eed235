using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;

namespace OneStop.Web.Features.Reports;

/// <summary>The data-quality report as XLSX (a summary sheet and one sheet per section) and one section as CSV.</summary>
public sealed class QualityExport(QualityReport report)
{
    /// <summary>What the row is about, in the user's language: the missing fields, the identifier or the consent's purpose.</summary>
    public static string Details(string section, QualityItem item, IStringLocalizer t, IStringLocalizer esf)
    {
        if (item.Missing.Count > 0)
        {
            return string.Join(", ", item.Missing.Select(m => m == QualityRecordChecks.MissingExitSituation ? t["Missing_" + m].Value : esf["Missing_" + m].Value));
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

    private static readonly double[] Widths = [12, 24, 20, 12, 40, 12, 36];

    public async Task<byte[]> XlsxAsync(IReadOnlyCollection<int> structures, int consentDays, IStringLocalizer t, IStringLocalizer esf, CancellationToken ct)
    {
        var sheets = new List<QualityXlsx.Sheet>();
        foreach (var section in QualitySections.All)
        {
            var rows = new List<string[]>();
            await foreach (var item in report.AllAsync(section, structures, consentDays, ct))
            {
                rows.Add(Row(section, item, t, esf));
            }

            sheets.Add(new QualityXlsx.Sheet(t[QualitySections.TitleKey(section), consentDays], rows));
        }

        return QualityXlsx.Render(t["QualityTitle"], t["Sheet_summary"], t["Problem"], t["Count"], Header(t), Widths, sheets);
    }

    /// <summary>One section as CSV (UTF-8 with BOM so that spreadsheet programs read Greek), written as it is read.</summary>
    public async Task CsvAsync(Stream output, string section, IReadOnlyCollection<int> structures, int consentDays, IStringLocalizer t, IStringLocalizer esf, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        var csv = new CsvWriter(writer);
        await csv.RowAsync(Header(t), ct);
        await foreach (var item in report.AllAsync(section, structures, consentDays, ct))
        {
            await csv.RowAsync(Row(section, item, t, esf), ct);
        }

        await writer.FlushAsync(ct);
    }
}
