using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Exports;

namespace OneStop.Web.Features.FrontDesk;

/// <summary>Turns a structure's day into the plain, localised daily card the renderers lay out.</summary>
public sealed class DailyCardBuilder(VisitTexts texts, IStringLocalizer<FrontDeskResource> t)
{
    public DailyCard Build(StructureDay day)
    {
        var rows = day.Visits.Select(v => (IReadOnlyList<string>)
        [
            v.Number.ToString(CultureInfo.InvariantCulture), v.LocalTime, texts.Person(v), texts.Channel(v.Channel),
            v.Reason, texts.Axis(v.Axis), texts.ServicesAndOutcome(v), v.StaffName ?? "",
        ]).ToList();

        var totals = new List<LabelValue>
        {
            new(t["TotalContacts"], Count(day.Visits.Count)),
            new(t["TotalNamed"], Count(day.Visits.Count(v => !v.Anonymous))),
            new(t["TotalAnonymous"], Count(day.Visits.Count(v => v.Anonymous))),
        };
        totals.AddRange(Enum.GetValues<Axis>().Select(a => new LabelValue(t["TotalAxis", texts.Axis(a)], Count(day.Visits.Count(v => v.Axis == a)))));
        totals.AddRange(Enum.GetValues<VisitChannel>().Select(c => new LabelValue(texts.Channel(c), Count(day.Visits.Count(v => v.Channel == c)))));

        return new DailyCard(
            Title: t["DailyCardTitle"],
            Header:
            [
                new(t["Structure"], day.StructureName),
                new(t["Municipality"], day.MunicipalityName),
                new(t["Date"], day.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            ],
            Columns: [t["ColNumber"], t["ColTime"], t["ColPerson"], t["ColChannel"], t["ColReason"], t["ColAxis"], t["ColServicesOutcome"], t["ColStaff"]],
            Rows: rows,
            EmptyText: t["NoContacts"],
            TotalsTitle: t["Totals"],
            Totals: totals,
            Signatures: [t["SignatureStaff"], t["SignatureCoordinator"]],
            NameLabel: t["SignatureName"],
            SignatureLabel: t["SignatureSign"],
            PageFormat: t["PageOf"]);
    }

    public string FileName(StructureDay day, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"daily-card-{day.StructureId}-{day.Day:yyyy-MM-dd}.{extension}");

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
