using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Reports;

/// <summary>Turns an ESF report into the localised table the XLSX and PDF exports lay out, with small-cell suppression applied.</summary>
public static class EsfTableBuilder
{
    public static EsfTable Build(EsfReport report, SmallCells cells, string structureName, DateTime generatedUtc, IStringLocalizer<ReportsResource> t)
    {
        static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        ReportCount Count(string key, int n) => new(cells.Value(key, n), cells.Show(key, n));

        var local = AthensClock.ToLocal(generatedUtc);
        List<LabelValue> header =
        [
            new(t["Framework"], EsfRequest.Name(report.Framework)),
            new(t["Period"], Day(report.From) + " – " + Day(report.To)),
            new(t["Structure"], structureName),
            new(t["GeneratedOn"], local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
        ];
        List<string> notes = [t["ParticipantsSummary", cells.Show(EsfCells.Participants, report.Participants), cells.Show(EsfCells.Incomplete, report.Incomplete)]];
        if (cells.Suppress)
        {
            notes.Add(t["SmallCellsNote", cells.Threshold]);
        }

        return new EsfTable(
            t["TableCaption", EsfRequest.Name(report.Framework), Day(report.From), Day(report.To)],
            header,
            [t["Code"], t["Indicator"], t["ColumnTotal"], t["Women"], t["Men"], t["NonBinary"]],
            [.. report.Indicators.Select(i => new EsfTableRow(i.Code, t[i.Code], [Count(EsfCells.Cell(i.Code, null), i.Total),
                Count(EsfCells.Cell(i.Code, "female"), i.Women), Count(EsfCells.Cell(i.Code, "male"), i.Men), Count(EsfCells.Cell(i.Code, "non_binary"), i.NonBinary)]))],
            notes,
            t["PageOf"],
            "ESF " + EsfRequest.Name(report.Framework));
    }
}
