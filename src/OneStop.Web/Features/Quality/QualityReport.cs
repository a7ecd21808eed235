using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Features.Duplicates;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Participation;

namespace OneStop.Web.Features.Quality;

/// <summary>The sections of the data-quality report, by their API names.</summary>
public static class QualitySections
{
    public const string IncompleteEntry = "incomplete_entry", IncompleteExit = "incomplete_exit",
        InvalidAmka = "invalid_amka", InvalidAfm = "invalid_afm", AmkaBirthDate = "amka_birth_date",
        DuplicateAmka = "duplicate_amka", DuplicateAfm = "duplicate_afm", DuplicateDocument = "duplicate_document",
        ConsentsExpiring = "consents_expiring", ConsentsExpired = "consents_expired", FollowUpsOverdue = "follow_ups_overdue";

    public static readonly IReadOnlyList<string> All =
    [
        IncompleteEntry, IncompleteExit, InvalidAmka, InvalidAfm, AmkaBirthDate, DuplicateAmka, DuplicateAfm, DuplicateDocument,
        ConsentsExpiring, ConsentsExpired, FollowUpsOverdue,
    ];

    /// <summary>The resource key of a section's title ("Section_incomplete_entry").</summary>
    public static string TitleKey(string section) => "Section_" + section;
}

/// <summary>
/// One record to fix: the person, the record (participation or consent, when the problem is on one),
/// what is missing, the offending value (an identifier, a consent's purpose) and the date that matters
/// (expiry, follow-up due), with the address of the form that fixes it.
/// </summary>
public sealed record QualityItem(
    int BeneficiaryId, string LastName, string FirstName, int? StructureId, int? RecordId,
    IReadOnlyList<string> Missing, string? Value, DateOnly? Date, string FixUrl);

public sealed record QualitySection(string Section, int Total, IReadOnlyList<QualityItem> Items, int Page, int PageSize);

public sealed record QualitySummary(int? StructureId, int ConsentDays, IReadOnlyList<QualitySection> Sections, int? LikelyDuplicates);

/// <summary>
/// The data-quality report (issue 6, ADR 078): what the structure's records lack or get wrong, each
/// problem with a link to the form that fixes it. Everything is read through the structures of
/// <see cref="QualityScope"/> and the people linked to them; merged records are left out. Lists are
/// paged in SQL; the identifier checks that SQL cannot do (ΑΜΚΑ Luhn, ΑΦΜ check digit, ΑΜΚΑ date part)
/// run over a streamed projection of (id, ΑΜΚΑ, ΑΦΜ, birth date), never over loaded entities.
/// </summary>
public sealed class QualityReport(AppDbContext db, QualityScope scope, DuplicatePairs pairs, AthensClock clock)
{
    public const int DefaultConsentDays = 30, MaxConsentDays = 366, MaxPageSize = 200;

    /// <summary>A person whose consent has lapsed is still served when they visited within this many days.</summary>
    public const int ActiveVisitDays = 365;

    private readonly Dictionary<string, IdentifierProblems> identifierCache = [];

    /// <summary>Every section's count and first items; null when the structure is not in scope (404).</summary>
    public async Task<QualitySummary?> SummaryAsync(int? structureId, int consentDays, int firstItems, CancellationToken ct)
    {
        if (await scope.ChooseAsync(structureId, ct) is not { Count: > 0 } structures)
        {
            return null;
        }

        var sections = new List<QualitySection>();
        foreach (var section in QualitySections.All)
        {
            sections.Add(await ListAsync(section, structures, consentDays, 1, firstItems, ct));
        }

        var likely = await scope.IsCoordinatorOfAnyAsync(structures, ct) ? await pairs.CountAsync(structures, ct) : (int?)null;
        await AuditAsync("summary", structureId, ct);
        return new QualitySummary(structureId, consentDays, sections, likely);
    }

    /// <summary>One section, paged; null when the structure is not in scope or the section unknown (404).</summary>
    public async Task<QualitySection?> SectionAsync(string section, int? structureId, int consentDays, int page, int pageSize, CancellationToken ct)
    {
        if (!QualitySections.All.Contains(section) || await scope.ChooseAsync(structureId, ct) is not { Count: > 0 } structures)
        {
            return null;
        }

        var result = await ListAsync(section, structures, consentDays, page, pageSize, ct);
        await AuditAsync(section, structureId, ct);
        return result;
    }

    /// <summary>Every item of a section (for the exports), in pages read one after the other.</summary>
    public async IAsyncEnumerable<QualityItem> AllAsync(string section, IReadOnlyCollection<int> structures, int consentDays,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        for (var page = 1; ; page++)
        {
            var chunk = await ListAsync(section, structures, consentDays, page, MaxPageSize, ct);
            foreach (var item in chunk.Items)
            {
                yield return item;
            }

            if (page * MaxPageSize >= chunk.Total)
            {
                yield break;
            }
        }
    }

    /// <summary>Records that names were shown (the report lists people), once per page shown.</summary>
    public async Task AuditAsync(string what, int? structureId, CancellationToken ct)
    {
        db.AuditView("QualityReport", what, structureId);
        await db.SaveChangesAsync(ct);
    }

    public static int ClampConsentDays(int? days) => Math.Clamp(days ?? DefaultConsentDays, 0, MaxConsentDays);

    public async Task<QualitySection> ListAsync(string section, IReadOnlyCollection<int> structures, int consentDays, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var (total, items) = section switch
        {
            QualitySections.IncompleteEntry => await IncompleteEntryAsync(structures, page, pageSize, ct),
            QualitySections.IncompleteExit => await IncompleteExitAsync(structures, page, pageSize, ct),
            QualitySections.FollowUpsOverdue => await FollowUpsAsync(structures, page, pageSize, ct),
            QualitySections.InvalidAmka or QualitySections.InvalidAfm or QualitySections.AmkaBirthDate => await IdentifiersAsync(section, structures, page, pageSize, ct),
            QualitySections.DuplicateAmka or QualitySections.DuplicateAfm or QualitySections.DuplicateDocument => await DuplicatesAsync(section, structures, page, pageSize, ct),
            QualitySections.ConsentsExpiring or QualitySections.ConsentsExpired => await ConsentsAsync(section, structures, consentDays, page, pageSize, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
        return new QualitySection(section, total, items, page, pageSize);
    }

    private IQueryable<Beneficiary> People(IReadOnlyCollection<int> structures) =>
        db.Beneficiaries.AsNoTracking().Where(b => b.MergedIntoId == null && b.Links.Any(l => structures.Contains(l.StructureId)));

    private IQueryable<OneStop.Data.Entities.Participation> Participations(IReadOnlyCollection<int> structures) =>
        db.Participations.AsNoTracking().Where(p => structures.Contains(p.StructureId) && p.Beneficiary!.MergedIntoId == null);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<(int, List<QualityItem>)> IncompleteEntryAsync(IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var query = Participations(structures).Where(Completeness.EntryIncomplete);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Beneficiary!.LastName).ThenBy(p => p.Beneficiary!.FirstName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.BeneficiaryId, p.Beneficiary!.LastName, p.Beneficiary.FirstName, p.StructureId, p.EntryDate, p.Gender, p.BirthDate, p.LabourStatus, p.Isced })
            .ToListAsync(ct);
        return (total, rows.Select(r => new QualityItem(r.BeneficiaryId, r.LastName, r.FirstName, r.StructureId, r.Id,
            Completeness.Missing(r.Gender, r.BirthDate, r.LabourStatus, r.Isced), null, r.EntryDate, "/Participants/Entry/" + Id(r.Id))).ToList());
    }

    /// <summary>An exit recorded without the situation on exit (INDICATORS.md: within 4 weeks of the exit), which every result indicator of both frameworks reads.</summary>
    private async Task<(int, List<QualityItem>)> IncompleteExitAsync(IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var query = Participations(structures).Where(p => p.ExitDate != null && p.ExitSituation == null);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.Beneficiary!.LastName).ThenBy(p => p.Beneficiary!.FirstName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.BeneficiaryId, p.Beneficiary!.LastName, p.Beneficiary.FirstName, p.StructureId, p.ExitDate })
            .ToListAsync(ct);
        return (total, rows.Select(r => new QualityItem(r.BeneficiaryId, r.LastName, r.FirstName, r.StructureId, r.Id,
            [MissingExitSituation], null, r.ExitDate, "/Participants/Exit/" + Id(r.Id))).ToList());
    }

    public const string MissingExitSituation = "exit_situation";

    /// <summary>Six-month follow-ups whose day has passed without a result: the follow-up list's rule (<see cref="Completeness.FollowUpPending"/>).</summary>
    private async Task<(int, List<QualityItem>)> FollowUpsAsync(IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var today = clock.Today;
        var query = Participations(structures).Where(Completeness.FollowUpPending).Where(p => p.FollowUpDue < today);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.FollowUpDue).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.BeneficiaryId, p.Beneficiary!.LastName, p.Beneficiary.FirstName, p.StructureId, p.FollowUpDue })
            .ToListAsync(ct);
        return (total, rows.Select(r => new QualityItem(r.BeneficiaryId, r.LastName, r.FirstName, r.StructureId, r.Id,
            [], null, r.FollowUpDue, "/Participants/Exit/" + Id(r.Id))).ToList());
    }

    private sealed record IdentifierProblems(List<(int Id, string Value)> Amka, List<(int Id, string Value)> Afm, List<(int Id, string Value)> AmkaDate);

    /// <summary>The three identifier checks in one pass over a streamed projection of the people in scope.</summary>
    private async Task<IdentifierProblems> CheckIdentifiersAsync(IReadOnlyCollection<int> structures, CancellationToken ct)
    {
        var key = string.Join(',', structures.Order());
        if (identifierCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = new IdentifierProblems([], [], []);
        var rows = People(structures).Where(b => b.Amka != null || b.Afm != null)
            .OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Amka, b.Afm, b.BirthDate })
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(ct))
        {
            if (!string.IsNullOrWhiteSpace(r.Amka))
            {
                var check = Amka.Check(r.Amka, r.BirthDate);
                if (Amka.IsError(check))
                {
                    result.Amka.Add((r.Id, r.Amka));
                }
                else if (check == AmkaCheck.BirthDateMismatch)
                {
                    result.AmkaDate.Add((r.Id, r.Amka));
                }
            }

            if (!string.IsNullOrWhiteSpace(r.Afm) && !Afm.IsValid(r.Afm))
            {
                result.Afm.Add((r.Id, r.Afm));
            }
        }

        identifierCache[key] = result;
        return result;
    }

    private async Task<(int, List<QualityItem>)> IdentifiersAsync(string section, IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var problems = await CheckIdentifiersAsync(structures, ct);
        var list = section switch
        {
            QualitySections.InvalidAmka => problems.Amka,
            QualitySections.InvalidAfm => problems.Afm,
            _ => problems.AmkaDate,
        };
        var slice = list.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var ids = slice.Select(s => s.Id).ToList();
        var names = await db.Beneficiaries.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Select(b => new { b.Id, b.LastName, b.FirstName, b.BirthDate }).ToDictionaryAsync(b => b.Id, ct);
        return (list.Count, slice.Where(s => names.ContainsKey(s.Id)).Select(s => new QualityItem(s.Id, names[s.Id].LastName, names[s.Id].FirstName, null, null,
            [], s.Value, section == QualitySections.AmkaBirthDate ? names[s.Id].BirthDate : null, "/Beneficiaries/Edit/" + Id(s.Id))).ToList());
    }

    /// <summary>
    /// The same identifier on two people in scope (not merged), found by SQL. Within one registry
    /// partition the unique indexes keep ΑΜΚΑ and ΑΦΜ apart, so those are found across the partitions
    /// the user sees; document numbers have no such index.
    /// </summary>
    private async Task<(int, List<QualityItem>)> DuplicatesAsync(string section, IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var people = People(structures);
        var query = section switch
        {
            QualitySections.DuplicateAmka => people.Where(b => b.Amka != null && people.Any(o => o.Id != b.Id && o.Amka == b.Amka))
                .Select(b => new { b.Id, b.LastName, b.FirstName, Value = b.Amka }),
            QualitySections.DuplicateAfm => people.Where(b => b.Afm != null && people.Any(o => o.Id != b.Id && o.Afm == b.Afm))
                .Select(b => new { b.Id, b.LastName, b.FirstName, Value = b.Afm }),
            _ => people.Where(b => b.IdDocumentNumber != null && people.Any(o => o.Id != b.Id && o.IdDocumentType == b.IdDocumentType && o.IdDocumentNumber == b.IdDocumentNumber))
                .Select(b => new { b.Id, b.LastName, b.FirstName, Value = b.IdDocumentNumber }),
        };
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(r => r.Value).ThenBy(r => r.LastName).ThenBy(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (total, rows.Select(r => new QualityItem(r.Id, r.LastName, r.FirstName, null, null, [], r.Value, null, "/Beneficiaries/Details/" + Id(r.Id))).ToList());
    }

    /// <summary>
    /// A person's latest consent of a purpose in a structure (given, not withdrawn, with an expiry,
    /// and not superseded by one that lasts longer): expiring within the next days, or already expired
    /// while the person is still served (an open case or participation there, or a visit in the last year).
    /// </summary>
    private async Task<(int, List<QualityItem>)> ConsentsAsync(string section, IReadOnlyCollection<int> structures, int days, int page, int pageSize, CancellationToken ct)
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
            System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Purpose.ToString()), r.Expires, "/Beneficiaries/Details/" + Id(r.BeneficiaryId) + "#consents")).ToList());
    }
}
