using OneStop.Data;
using OneStop.Web.Features.Duplicates;

namespace OneStop.Web.Features.Reports;

/// <summary>
/// The data-quality report (issue 6, ADR 078): what the structure's records lack or get wrong, each
/// problem with a link to the form that fixes it. Everything is read through the structures of
/// <see cref="QualityScope"/> and the people linked to them; merged records are left out. Lists are
/// paged in SQL; the identifier checks that SQL cannot do (ΑΜΚΑ Luhn, ΑΦΜ check digit, ΑΜΚΑ date part)
/// run over a streamed projection of (id, ΑΜΚΑ, ΑΦΜ, birth date), never over loaded entities.
/// </summary>
public sealed class QualityReport(AppDbContext db, QualityScope scope, DuplicatePairs pairs, QualityRecordChecks records, QualityIdentifierChecks identifiers)
{
    public const int DefaultConsentDays = 30, MaxConsentDays = 366, MaxPageSize = 200;

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
            QualitySections.IncompleteEntry => await records.IncompleteEntryAsync(structures, page, pageSize, ct),
            QualitySections.IncompleteExit => await records.IncompleteExitAsync(structures, page, pageSize, ct),
            QualitySections.FollowUpsOverdue => await records.FollowUpsAsync(structures, page, pageSize, ct),
            QualitySections.InvalidAmka or QualitySections.InvalidAfm or QualitySections.AmkaBirthDate => await identifiers.IdentifiersAsync(section, structures, page, pageSize, ct),
            QualitySections.DuplicateAmka or QualitySections.DuplicateAfm or QualitySections.DuplicateDocument => await identifiers.DuplicatesAsync(section, structures, page, pageSize, ct),
            QualitySections.ConsentsExpiring or QualitySections.ConsentsExpired => await records.ConsentsAsync(section, structures, consentDays, page, pageSize, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
        return new QualitySection(section, total, items, page, pageSize);
    }
}
