using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Features.Reports;

/// <summary>The sections about records of the structure: ESF entry and exit data, overdue follow-ups, consents.</summary>
public sealed class QualityRecordChecks(AppDbContext db, AthensClock clock)
{
    /// <summary>A person whose consent has lapsed is still served when they visited within this many days.</summary>
    public const int ActiveVisitDays = 365;

    public const string MissingExitSituation = "exit_situation";

    public async Task<(int, List<QualityItem>)> IncompleteEntryAsync(IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var query = QualityQueries.Participations(db, structures).Where(Completeness.EntryIncomplete);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Beneficiary!.LastName).ThenBy(p => p.Beneficiary!.FirstName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.BeneficiaryId, p.Beneficiary!.LastName, p.Beneficiary.FirstName, p.StructureId, p.EntryDate, p.Gender, p.BirthDate, p.LabourStatus, p.Isced })
            .ToListAsync(ct);
        return (total, rows.Select(r => new QualityItem(r.BeneficiaryId, r.LastName, r.FirstName, r.StructureId, r.Id,
            Completeness.Missing(r.Gender, r.BirthDate, r.LabourStatus, r.Isced), null, r.EntryDate, "/Participants/Entry/" + QualityQueries.Id(r.Id))).ToList());
    }

    /// <summary>An exit recorded without the situation on exit (docs/INDICATORS.md: within 4 weeks of the exit), which every result indicator of both frameworks reads.</summary>
    public async Task<(int, List<QualityItem>)> IncompleteExitAsync(IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var query = QualityQueries.Participations(db, structures).Where(p => p.ExitDate != null && p.ExitSituation == null);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Beneficiary!.LastName).ThenBy(p => p.Beneficiary!.FirstName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.BeneficiaryId, p.Beneficiary!.LastName, p.Beneficiary.FirstName, p.StructureId, p.ExitDate })
            .ToListAsync(ct);
        return (total, rows.Select(r => new QualityItem(r.BeneficiaryId, r.LastName, r.FirstName, r.StructureId, r.Id,
            [MissingExitSituation], null, r.ExitDate, "/Participants/Exit/" + QualityQueries.Id(r.Id))).ToList());
    }

    /// <summary>Six-month follow-ups whose day has passed without a result: the follow-up list's rule (<see cref="Completeness.FollowUpPending"/>).</summary>
    public async Task<(int, List<QualityItem>)> FollowUpsAsync(IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var today = clock.Today;
        var query = QualityQueries.Participations(db, structures).Where(Completeness.FollowUpPending).Where(p => p.FollowUpDue < today);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.FollowUpDue).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.BeneficiaryId, p.Beneficiary!.LastName, p.Beneficiary.FirstName, p.StructureId, p.FollowUpDue })
            .ToListAsync(ct);
        return (total, rows.Select(r => new QualityItem(r.BeneficiaryId, r.LastName, r.FirstName, r.StructureId, r.Id,
            [], null, r.FollowUpDue, "/Participants/Exit/" + QualityQueries.Id(r.Id))).ToList());
    }

    /// <summary>
    /// A person's latest consent of a purpose in a structure (given, not withdrawn, with an expiry,
    /// and not superseded by one that lasts longer): expiring within the next days, or already expired
    /// while the person is still served (an open case or participation there, or a visit in the last year).
    /// </summary>
    public async Task<(int, List<QualityItem>)> ConsentsAsync(string section, IReadOnlyCollection<int> structures, int days, int page, int pageSize, CancellationToken ct)
    {
        var today = clock.Today;
        var horizon = today.AddDays(days);
        var since = today.AddDays(-ActiveVisitDays);
        var latest =
            from c in db.Consents.AsNoTracking()
            join b in db.Beneficiaries.AsNoTracking() on c.BeneficiaryId equals b.Id
            where structures.Contains(c.StructureId) && b.MergedIntoId == null && c.Given && c.WithdrawnOn == null && c.Expires != null
                && !db.Consents.Any(n => n.BeneficiaryId == c.BeneficiaryId && n.StructureId == c.StructureId && n.Purpose == c.Purpose && n.Id != c.Id
                    && n.Given && n.WithdrawnOn == null && (n.Expires == null || n.Expires > c.Expires))
            select new { c.Id, c.BeneficiaryId, b.LastName, b.FirstName, c.StructureId, c.Purpose, c.Expires };
        var query = section == QualitySections.ConsentsExpiring
            ? latest.Where(c => c.Expires >= today && c.Expires <= horizon)
            : latest.Where(c => c.Expires < today
                && (db.Cases.Any(k => k.BeneficiaryId == c.BeneficiaryId && k.StructureId == c.StructureId && k.Status != CaseStatus.Closed)
                    || db.Participations.Any(p => p.BeneficiaryId == c.BeneficiaryId && p.StructureId == c.StructureId && p.ExitDate == null)
                    || db.Visits.Any(v => v.BeneficiaryId == c.BeneficiaryId && v.StructureId == c.StructureId && v.Day >= since)));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(c => c.Expires).ThenBy(c => c.LastName).ThenBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (total, rows.Select(r => new QualityItem(r.BeneficiaryId, r.LastName, r.FirstName, r.StructureId, r.Id, [],
            System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Purpose.ToString()), r.Expires, "/Beneficiaries/Details/" + QualityQueries.Id(r.BeneficiaryId) + "#consents")).ToList());
    }
}
