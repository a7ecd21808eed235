using System.Globalization;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Features.Reports;

/// <summary>
/// Every count the activity report publishes, by key, and the sums that tie them together (ADR 087):
/// a point of the series is the sum of its channels, a channel the sum of its points, the visits
/// the sum of the points, the channels, the axes and the reasons; the referrals the sum of the
/// statuses and the destinations; each measure but unique persons the sum over the structures, the
/// structures of a municipality and the municipalities. The page, the API and the exports name their
/// cells with these keys, so they hide the same ones.
/// </summary>
public static class ActivityCells
{
    /// <summary>The measures of <see cref="ActivityTotals"/> by key; unique persons do not add up (a person visits several structures).</summary>
    public static readonly IReadOnlyList<(string Key, Func<ActivityTotals, int> Of, bool Adds)> Measures =
    [
        ("visits", t => t.Visits, true),
        ("unique_persons", t => t.UniquePersons, false),
        ("new_registrations", t => t.NewRegistrations, true),
        ("anonymous", t => t.Anonymous, true),
        ("cases_opened", t => t.CasesOpened, true),
        ("cases_closed", t => t.CasesClosed, true),
        ("referrals", t => t.Referrals, true),
    ];

    /// <summary>A headline count (a key of <see cref="Measures"/>).</summary>
    public static string Total(string measure) => measure;

    public static string Structure(int id, string measure) => string.Create(CultureInfo.InvariantCulture, $"structure:{id}:{measure}");

    public static string Municipality(int id, string measure) => string.Create(CultureInfo.InvariantCulture, $"municipality:{id}:{measure}");

    /// <summary>A point's total (no channel) or one channel of it.</summary>
    public static string Point(ActivityPoint p, VisitChannel? c) =>
        "series:" + p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ":" + (c is { } channel ? VisitTexts.Code(channel) : "total");

    public static string Channel(VisitChannel c) => "channel:" + VisitTexts.Code(c);

    public static string Axis(Axis a) => "axis:" + VisitTexts.Code(a);

    public static string Reason(ActivityCount c) => "reason:" + c.Key;

    public static string Service(ActivityCount c) => "service:" + c.Key;

    public static string Status(ReferralStatus s) => "status:" + VisitTexts.Code(s);

    public static string Destination(ActivityCount c) => "destination:" + c.Key;

    /// <summary>A stage of the funnel: created, sent, accepted, completed, declined.</summary>
    public static string Funnel(string stage) => "funnel:" + stage;

    /// <summary>The suppression of one report: the small cells and those hidden so that none can be derived.</summary>
    public static SmallCells Suppress(SmallCells cells, ActivityReport r)
    {
        if (!cells.Suppress)
        {
            return cells;
        }

        var (values, groups) = Of(r);
        return cells.Over(values, groups);
    }

    public static (Dictionary<string, int> Values, List<CellGroup> Groups) Of(ActivityReport r)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<CellGroup>();
        var channels = Enum.GetValues<VisitChannel>();

        // A group whose cells are a whole breakdown of the total (Rest 0) or its top entries (Rest the others, assumed known).
        void Sum(string total, IReadOnlyList<string> parts)
        {
            var rest = values[total] - parts.Sum(p => values[p]);
            if (rest >= 0)
            {
                groups.Add(new CellGroup(total, parts, rest));
            }
        }

        foreach (var (key, of, _) in Measures)
        {
            values[Total(key)] = of(r.Totals);
        }

        foreach (var p in r.Series)
        {
            values[Point(p, null)] = p.Total;
            foreach (var c in channels)
            {
                values[Point(p, c)] = p.ByChannel[c];
            }

            Sum(Point(p, null), [.. channels.Select(c => Point(p, c))]);
        }

        foreach (var c in channels)
        {
            values[Channel(c)] = r.ByChannel[c];
            if (r.Series.Count > 0)
            {
                Sum(Channel(c), [.. r.Series.Select(p => Point(p, c))]);
            }
        }

        var visits = Total("visits");
        if (r.Series.Count > 0)
        {
            Sum(visits, [.. r.Series.Select(p => Point(p, null))]);
        }

        Sum(visits, [.. channels.Select(Channel)]);
        foreach (var a in Enum.GetValues<Axis>())
        {
            values[Axis(a)] = r.ByAxis[a];
        }

        Sum(visits, [.. Enum.GetValues<Axis>().Select(Axis)]);
        foreach (var c in r.ByReason)
        {
            values[Reason(c)] = c.Count;
        }

        Sum(visits, [.. r.ByReason.Select(Reason)]);

        // A visit may have several services: they do not add up to the visits.
        foreach (var c in r.ByService)
        {
            values[Service(c)] = c.Count;
        }

        var referrals = Total("referrals");
        foreach (var (s, n) in r.ReferralsByStatus)
        {
            values[Status(s)] = n;
        }

        Sum(referrals, [.. r.ReferralsByStatus.Keys.Select(Status)]);
        foreach (var c in r.ReferralsByDestination)
        {
            values[Destination(c)] = c.Count;
        }

        Sum(referrals, [.. r.ReferralsByDestination.Select(Destination)]);

        // The funnel's first stage is the referrals made and its declined the status: the same counts.
        values[Funnel("created")] = r.Funnel.Created;
        values[Funnel("sent")] = r.Funnel.Sent;
        values[Funnel("accepted")] = r.Funnel.Accepted;
        values[Funnel("completed")] = r.Funnel.Completed;
        values[Funnel("declined")] = r.Funnel.Declined;
        Sum(referrals, [Funnel("created")]);
        if (r.ReferralsByStatus.ContainsKey(ReferralStatus.Declined))
        {
            Sum(Funnel("declined"), [Status(ReferralStatus.Declined)]);
        }

        foreach (var (key, of, adds) in Measures)
        {
            foreach (var u in r.Structures)
            {
                values[Structure(u.Id, key)] = of(u.Totals);
            }

            foreach (var u in r.Municipalities)
            {
                values[Municipality(u.Id, key)] = of(u.Totals);
            }

            if (!adds)
            {
                continue;
            }

            Sum(Total(key), [.. r.Structures.Select(u => Structure(u.Id, key))]);
            Sum(Total(key), [.. r.Municipalities.Select(u => Municipality(u.Id, key))]);
            foreach (var m in r.Municipalities)
            {
                Sum(Municipality(m.Id, key), [.. r.Structures.Where(u => u.Municipality == m.Name).Select(u => Structure(u.Id, key))]);
            }
        }

        return (values, groups);
    }
}
