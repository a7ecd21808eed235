using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Reports;

/// <summary>The headline counts of a period (or of one structure or municipality in it).</summary>
public sealed record ActivityTotals(int Visits, int UniquePersons, int NewRegistrations, int Anonymous, int CasesOpened, int CasesClosed, int Referrals)
{
    public static readonly ActivityTotals Zero = new(0, 0, 0, 0, 0, 0, 0);
}

/// <summary>One point of the time series: the visits of a day, week or month, by channel.</summary>
public sealed record ActivityPoint(DateOnly Start, DateOnly End, int Total, IReadOnlyDictionary<VisitChannel, int> ByChannel);

/// <summary>A row of a breakdown; <see cref="Key"/> is the coded value (or the text of a free-text reason).</summary>
public sealed record ActivityCount(string Key, string Name, int Count);

public sealed record ActivityUnit(int Id, string Name, string? Municipality, ActivityTotals Totals);

/// <summary>The referral funnel: made in the period, of them sent, accepted and completed.</summary>
public sealed record ActivityFunnel(int Created, int Sent, int Accepted, int Completed, int Declined);

public sealed record ActivityReport(
    DateOnly From, DateOnly To, Granularity Granularity, ActivityTotals Totals, IReadOnlyList<ActivityPoint> Series,
    IReadOnlyDictionary<VisitChannel, int> ByChannel, IReadOnlyDictionary<Axis, int> ByAxis,
    IReadOnlyList<ActivityCount> ByReason, IReadOnlyList<ActivityCount> ByService,
    IReadOnlyDictionary<ReferralStatus, int> ReferralsByStatus, IReadOnlyList<ActivityCount> ReferralsByDestination, ActivityFunnel Funnel,
    IReadOnlyList<ActivityUnit> Structures, IReadOnlyList<ActivityUnit> Municipalities);

/// <summary>
/// Activity statistics of a period, aggregated in the database (ADR 075): visits are grouped by
/// their stored Athens day (<see cref="Visit.Day"/>), so a visit at 23:30 Athens time counts on
/// that day on both providers; days are folded into weeks and months in memory (at most a few
/// hundred rows). Unique persons are COUNT(DISTINCT) per structure, per municipality and in all.
/// No visit, person or referral is loaded.
/// </summary>
public sealed class ActivityStatistics(AppDbContext db)
{
    /// <summary>How many reasons and services the breakdowns list (the most frequent).</summary>
    public const int Top = 15;

    public async Task<ActivityReport> CountAsync(ActivityRequest request, IReadOnlyCollection<int> structureIds, CancellationToken ct)
    {
        var (from, to) = (request.From, request.To);
        var fromUtc = AthensClock.ToUtc(from, TimeOnly.MinValue);
        var toUtc = AthensClock.ToUtc(to.AddDays(1), TimeOnly.MinValue);
        var ids = structureIds.ToList();
        var visits = db.Visits.AsNoTracking().Where(v => ids.Contains(v.StructureId) && v.Day >= from && v.Day <= to);

        // Visits by day and channel: the time series and the channel totals.
        var days = await visits.GroupBy(v => new { v.Day, v.Channel }).Select(g => new { g.Key.Day, g.Key.Channel, N = g.Count() }).ToListAsync(ct);

        // Per structure: visits, anonymous, distinct persons, by axis.
        var perStructure = await visits.GroupBy(v => v.StructureId).Select(g => new
        {
            StructureId = g.Key,
            Visits = g.Count(),
            Anonymous = g.Count(v => v.BeneficiaryId == null),
            Persons = g.Where(v => v.BeneficiaryId != null).Select(v => v.BeneficiaryId).Distinct().Count(),
            A = g.Count(v => v.Axis == Axis.A),
            B = g.Count(v => v.Axis == Axis.B),
            C = g.Count(v => v.Axis == Axis.C),
        }).ToListAsync(ct);

        var reasons = await visits.GroupBy(v => v.Reason).Select(g => new { Reason = g.Key, N = g.Count() })
            .OrderByDescending(r => r.N).ThenBy(r => r.Reason).Take(Top).ToListAsync(ct);
        // Each service row carries its visit's day and structure (triggers, ADR 080): no join.
        var services = await db.Set<VisitService>().AsNoTracking()
            .Where(vs => EF.Property<DateOnly?>(vs, VisitService.DayColumn) >= from && EF.Property<DateOnly?>(vs, VisitService.DayColumn) <= to
                && ids.Contains(EF.Property<int?>(vs, VisitService.StructureColumn)!.Value))
            .GroupBy(vs => vs.ServiceId)
            .Select(g => new { ServiceId = g.Key, N = g.Count() }).OrderByDescending(s => s.N).ThenBy(s => s.ServiceId).Take(Top).ToListAsync(ct);
        var serviceIds = services.Select(s => s.ServiceId).ToList();
        var serviceNames = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        var structures = await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.MunicipalityId, Municipality = s.Municipality!.Name }).ToListAsync(ct);
        var municipalityIds = structures.Select(s => s.MunicipalityId).Distinct().ToList();

        // Distinct persons over several structures cannot be summed: count them again where it matters.
        var personsAll = perStructure.Count <= 1 ? perStructure.Sum(s => s.Persons)
            : await visits.Where(v => v.BeneficiaryId != null).Select(v => v.BeneficiaryId).Distinct().CountAsync(ct);
        var personsByMunicipality = municipalityIds.Count == 1 ? new Dictionary<int, int> { [municipalityIds[0]] = personsAll }
            : (await (
                from v in visits
                where v.BeneficiaryId != null
                join s in db.Structures on v.StructureId equals s.Id
                group v.BeneficiaryId by s.MunicipalityId into g
                select new { MunicipalityId = g.Key, N = g.Distinct().Count() }).ToListAsync(ct)).ToDictionary(m => m.MunicipalityId, m => m.N);

        var registrations = (await db.Set<BeneficiaryLink>().AsNoTracking()
            .Where(l => ids.Contains(l.StructureId) && l.Reason == LinkReason.Registered && l.LinkedAt >= fromUtc && l.LinkedAt < toUtc)
            .GroupBy(l => l.StructureId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct)).ToDictionary(r => r.Key, r => r.N);

        var cases = (await db.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.StructureId) && ((c.OpenedOn >= from && c.OpenedOn <= to) || (c.ClosedOn >= from && c.ClosedOn <= to)))
            .GroupBy(c => c.StructureId)
            .Select(g => new { g.Key, Opened = g.Count(c => c.OpenedOn >= from && c.OpenedOn <= to), Closed = g.Count(c => c.ClosedOn >= from && c.ClosedOn <= to) })
            .ToListAsync(ct)).ToDictionary(c => c.Key);

        var referrals = db.Referrals.AsNoTracking().Where(r => ids.Contains(r.FromStructureId) && r.CreatedAt >= fromUtc && r.CreatedAt < toUtc);
        var referralRows = await referrals.GroupBy(r => new { r.FromStructureId, r.Status }).Select(g => new
        {
            g.Key.FromStructureId,
            g.Key.Status,
            N = g.Count(),
            Sent = g.Count(r => r.SentAt != null),
            Accepted = g.Count(r => r.AcceptedAt != null),
            Completed = g.Count(r => r.CompletedAt != null),
        }).ToListAsync(ct);
        var destinations = await referrals.GroupBy(r => new { r.ToStructureId, r.ToPartnerServiceId }).Select(g => new { g.Key.ToStructureId, g.Key.ToPartnerServiceId, N = g.Count() })
            .OrderByDescending(d => d.N).Take(Top).ToListAsync(ct);
        var toStructures = destinations.Where(d => d.ToStructureId != null).Select(d => d.ToStructureId!.Value).ToList();
        var toServices = destinations.Where(d => d.ToPartnerServiceId != null).Select(d => d.ToPartnerServiceId!.Value).ToList();
        var structureNames = await db.Structures.AsNoTracking().Where(s => toStructures.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var partnerNames = await db.PartnerServices.AsNoTracking().Where(s => toServices.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, Organization = s.Organization!.Name }).ToDictionaryAsync(s => s.Id, s => s.Organization + " — " + s.Name, ct);

        // Fold the days into the buckets of the chosen granularity.
        var series = ActivityBuckets.Of(from, to, request.Granularity).Select(b =>
        {
            var inside = days.Where(d => d.Day >= b.Start && d.Day <= b.End).ToList();
            var byChannel = Enum.GetValues<VisitChannel>().ToDictionary(c => c, c => inside.Where(d => d.Channel == c).Sum(d => d.N));
            return new ActivityPoint(b.Start, b.End, inside.Sum(d => d.N), byChannel);
        }).ToList();

        ActivityTotals Of(int structureId, int persons)
        {
            var s = perStructure.FirstOrDefault(p => p.StructureId == structureId);
            var c = cases.GetValueOrDefault(structureId);
            return new ActivityTotals(s?.Visits ?? 0, persons, registrations.GetValueOrDefault(structureId), s?.Anonymous ?? 0,
                c?.Opened ?? 0, c?.Closed ?? 0, referralRows.Where(r => r.FromStructureId == structureId).Sum(r => r.N));
        }

        var units = structures.OrderBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => new ActivityUnit(s.Id, s.Name, s.Municipality, Of(s.Id, perStructure.FirstOrDefault(p => p.StructureId == s.Id)?.Persons ?? 0)))
            .ToList();
        var municipalities = structures.GroupBy(s => new { s.MunicipalityId, s.Municipality }).OrderBy(g => g.Key.Municipality, StringComparer.CurrentCulture).Select(g =>
        {
            var t = g.Select(s => units.First(u => u.Id == s.Id).Totals).ToList();
            return new ActivityUnit(g.Key.MunicipalityId, g.Key.Municipality, null, new ActivityTotals(
                t.Sum(x => x.Visits), personsByMunicipality.GetValueOrDefault(g.Key.MunicipalityId), t.Sum(x => x.NewRegistrations), t.Sum(x => x.Anonymous),
                t.Sum(x => x.CasesOpened), t.Sum(x => x.CasesClosed), t.Sum(x => x.Referrals)));
        }).ToList();

        var totals = new ActivityTotals(units.Sum(u => u.Totals.Visits), personsAll, units.Sum(u => u.Totals.NewRegistrations), units.Sum(u => u.Totals.Anonymous),
            units.Sum(u => u.Totals.CasesOpened), units.Sum(u => u.Totals.CasesClosed), units.Sum(u => u.Totals.Referrals));

        return new ActivityReport(
            from, to, request.Granularity, totals, series,
            Enum.GetValues<VisitChannel>().ToDictionary(c => c, c => days.Where(d => d.Channel == c).Sum(d => d.N)),
            new Dictionary<Axis, int> { [Axis.A] = perStructure.Sum(s => s.A), [Axis.B] = perStructure.Sum(s => s.B), [Axis.C] = perStructure.Sum(s => s.C) },
            [.. reasons.Select(r => new ActivityCount(r.Reason, r.Reason, r.N))],
            [.. services.Select(s => new ActivityCount(s.ServiceId.ToString(System.Globalization.CultureInfo.InvariantCulture), serviceNames.GetValueOrDefault(s.ServiceId) ?? "", s.N))],
            Enum.GetValues<ReferralStatus>().ToDictionary(s => s, s => referralRows.Where(r => r.Status == s).Sum(r => r.N)),
            [.. destinations.Select(d => d.ToStructureId is { } sid
                ? new ActivityCount("structure:" + sid, structureNames.GetValueOrDefault(sid) ?? "", d.N)
                : d.ToPartnerServiceId is { } pid ? new ActivityCount("partner_service:" + pid, partnerNames.GetValueOrDefault(pid) ?? "", d.N)
                : new ActivityCount("none", "", d.N))],
            new ActivityFunnel(referralRows.Sum(r => r.N), referralRows.Sum(r => r.Sent), referralRows.Sum(r => r.Accepted), referralRows.Sum(r => r.Completed),
                referralRows.Where(r => r.Status == ReferralStatus.Declined).Sum(r => r.N)),
            units, municipalities);
    }
}
