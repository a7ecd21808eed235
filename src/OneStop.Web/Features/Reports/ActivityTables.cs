using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Features.Reports;

/// <summary>A row of a table: its label cells, then its counts and their keys (<see cref="ActivityCells"/>, which say whether a count is hidden).</summary>
public sealed record ActivityRow(IReadOnlyList<string> Labels, IReadOnlyList<int> Values, IReadOnlyList<string> Keys);

/// <summary>One table of the report as the page and every export show it (Id is the sheet / CSV <c>table</c> name).</summary>
public sealed record ActivityTable(string Id, string Title, IReadOnlyList<string> Columns, int LabelColumns, IReadOnlyList<ActivityRow> Rows);

/// <summary>The report in the user's language: names of the coded values, period labels, and the tables shared by the page and the exports.</summary>
public sealed class ActivityTexts(IStringLocalizer<ReportsResource> t, IStringLocalizer<FrontDeskResource> frontDesk, IStringLocalizer<ReferralsResource> referrals)
{
    public IStringLocalizer<ReportsResource> T => t;

    public string Channel(VisitChannel c) => frontDesk["Channel_" + VisitTexts.Code(c)];

    public string Axis(Axis a) => t["AxisName", frontDesk["Axis_" + a]];

    public string Status(ReferralStatus s) => Capital(referrals["Status_" + s]);

    /// <summary>A point's label in a table: the day, the week (its first and last day) or the month by name.</summary>
    public static string Period(ActivityPoint p, Granularity g) => g switch
    {
        Granularity.Day => p.Start.ToString("d/M/yyyy", CultureInfo.CurrentCulture),
        Granularity.Week => p.Start.ToString("d/M", CultureInfo.CurrentCulture) + "–" + p.End.ToString("d/M/yyyy", CultureInfo.CurrentCulture),
        _ => Capital(p.Start.ToString("MMMM yyyy", CultureInfo.CurrentCulture)),
    };

    /// <summary>A short label for a chart's axis.</summary>
    public static string Tick(ActivityPoint p, Granularity g) => g switch
    {
        Granularity.Month => Capital(p.Start.ToString("MMM yy", CultureInfo.CurrentCulture)),
        _ => p.Start.ToString("d/M", CultureInfo.CurrentCulture),
    };

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.CurrentCulture) + s[1..];

    public IReadOnlyList<(string Key, string Label, int Value)> Kpis(ActivityReport r) =>
    [
        ("visits", t["Visits"], r.Totals.Visits),
        ("unique_persons", t["UniquePersons"], r.Totals.UniquePersons),
        ("new_registrations", t["NewRegistrations"], r.Totals.NewRegistrations),
        ("anonymous", t["Anonymous"], r.Totals.Anonymous),
        ("cases_opened", t["CasesOpened"], r.Totals.CasesOpened),
        ("cases_closed", t["CasesClosed"], r.Totals.CasesClosed),
        ("referrals", t["Referrals"], r.Totals.Referrals),
    ];

    public IReadOnlyList<(string Label, int Value, string Key)> Funnel(ActivityReport r) =>
    [
        (t["FunnelCreated"], r.Funnel.Created, ActivityCells.Funnel("created")),
        (t["FunnelSent"], r.Funnel.Sent, ActivityCells.Funnel("sent")),
        (t["FunnelAccepted"], r.Funnel.Accepted, ActivityCells.Funnel("accepted")),
        (t["FunnelCompleted"], r.Funnel.Completed, ActivityCells.Funnel("completed")),
    ];

    /// <summary>The visits by axis, as the chart draws them.</summary>
    public IReadOnlyList<(string Label, int Value, string Key)> Axes(ActivityReport r) =>
        [.. Enum.GetValues<Axis>().Select(a => (Axis(a), r.ByAxis[a], ActivityCells.Axis(a)))];

    public ActivityTable SeriesTable(ActivityReport r) => new("series", t["SeriesTitle"],
        [t["ColPeriod"], t["ColTotal"], .. Enum.GetValues<VisitChannel>().Select(Channel)], 1,
        [.. r.Series.Select(p => new ActivityRow([Period(p, r.Granularity)], [p.Total, .. Enum.GetValues<VisitChannel>().Select(c => p.ByChannel[c])],
            [ActivityCells.Point(p, null), .. Enum.GetValues<VisitChannel>().Select(c => ActivityCells.Point(p, c))]))]);

    public ActivityTable AxisTable(ActivityReport r) => new("axes", t["AxesTitle"], [t["ColAxis"], t["ColVisits"]], 1,
        [.. Axes(r).Select(a => new ActivityRow([a.Label], [a.Value], [a.Key]))]);

    public ActivityTable FunnelTable(ActivityReport r) => new("referral_funnel", t["FunnelTitle"], [t["ColStage"], t["ColReferrals"]], 1,
        [.. Funnel(r).Select(f => new ActivityRow([f.Label], [f.Value], [f.Key]))]);

    /// <summary>Every table, in the order of the page.</summary>
    public IReadOnlyList<ActivityTable> Tables(ActivityReport r)
    {
        ActivityTable Units(string id, string title, IReadOnlyList<ActivityUnit> units, bool municipality) => new(id, title,
            [municipality ? t["ColMunicipality"] : t["ColStructure"], .. municipality ? Array.Empty<string>() : [t["ColMunicipality"]],
                t["Visits"], t["UniquePersons"], t["NewRegistrations"], t["Anonymous"], t["CasesOpened"], t["CasesClosed"], t["Referrals"]],
            municipality ? 1 : 2,
            [.. units.Select(u => new ActivityRow(municipality ? [u.Name] : [u.Name, u.Municipality ?? ""],
                [.. ActivityCells.Measures.Select(m => m.Of(u.Totals))],
                [.. ActivityCells.Measures.Select(m => municipality ? ActivityCells.Municipality(u.Id, m.Key) : ActivityCells.Structure(u.Id, m.Key))]))]);

        return
        [
            new("summary", t["SummaryTitle"], [t["ColMeasure"], t["ColCount"]], 1, [.. Kpis(r).Select(k => new ActivityRow([k.Label], [k.Value], [ActivityCells.Total(k.Key)]))]),
            SeriesTable(r),
            new("channels", t["ChannelsTitle"], [t["ColChannel"], t["ColVisits"]], 1, [.. Enum.GetValues<VisitChannel>().Select(c => new ActivityRow([Channel(c)], [r.ByChannel[c]], [ActivityCells.Channel(c)]))]),
            AxisTable(r),
            new("reasons", t["ReasonsTitle", ActivityStatistics.Top], [t["ColReason"], t["ColVisits"]], 1, [.. r.ByReason.Select(c => new ActivityRow([c.Name], [c.Count], [ActivityCells.Reason(c)]))]),
            new("services", t["ServicesTitle", ActivityStatistics.Top], [t["ColService"], t["ColVisits"]], 1, [.. r.ByService.Select(c => new ActivityRow([c.Name], [c.Count], [ActivityCells.Service(c)]))]),
            FunnelTable(r),
            new("referral_status", t["StatusTitle"], [t["ColStatus"], t["ColReferrals"]], 1, [.. r.ReferralsByStatus.Select(s => new ActivityRow([Status(s.Key)], [s.Value], [ActivityCells.Status(s.Key)]))]),
            new("referral_destinations", t["DestinationsTitle", ActivityStatistics.Top], [t["ColDestination"], t["ColReferrals"]], 1,
                [.. r.ReferralsByDestination.Select(c => new ActivityRow([c.Key == "none" ? t["NoDestination"] : c.Name], [c.Count], [ActivityCells.Destination(c)]))]),
            Units("structures", t["StructuresTitle"], r.Structures, false),
            Units("municipalities", t["MunicipalitiesTitle"], r.Municipalities, true),
        ];
    }

    public string Subtitle(ActivityReport r, string? scopeName) =>
        t["Subtitle", r.From.ToString("d/M/yyyy", CultureInfo.InvariantCulture), r.To.ToString("d/M/yyyy", CultureInfo.InvariantCulture), scopeName ?? t["ActivityAllStructures"]];

    public static string FileName(ActivityReport r, string extension) =>
        $"activity-{r.From:yyyy-MM-dd}-{r.To:yyyy-MM-dd}.{extension}";
}

/// <summary>What the page, the API and the exports share: the report, the suppression, and the scope's name.</summary>
public sealed record ActivityResult(ActivityReport Report, SmallCells Cells, string? ScopeName);
