using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Reports;

/// <summary>
/// The sections about identifiers: the checks SQL cannot do (ΑΜΚΑ Luhn, ΑΦΜ check digit, ΑΜΚΑ date
/// part) over a streamed projection of (id, ΑΜΚΑ, ΑΦΜ, birth date), and duplicates found in SQL.
/// </summary>
public sealed class QualityIdentifierChecks(AppDbContext db)
{
    private readonly Dictionary<string, IdentifierProblems> identifierCache = [];

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
        var rows = QualityQueries.People(db, structures).Where(b => b.Amka != null || b.Afm != null)
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

    public async Task<(int, List<QualityItem>)> IdentifiersAsync(string section, IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
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
            [], s.Value, section == QualitySections.AmkaBirthDate ? names[s.Id].BirthDate : null, "/Beneficiaries/Edit/" + QualityQueries.Id(s.Id))).ToList());
    }

    /// <summary>
    /// The same identifier on two people in scope (not merged), found by SQL. Within one registry
    /// partition the unique indexes keep ΑΜΚΑ and ΑΦΜ apart, so those are found across the partitions
    /// the user sees; document numbers have no such index.
    /// </summary>
    public async Task<(int, List<QualityItem>)> DuplicatesAsync(string section, IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        var people = QualityQueries.People(db, structures);
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
        return (total, rows.Select(r => new QualityItem(r.Id, r.LastName, r.FirstName, null, null, [], r.Value, null, "/Beneficiaries/Details/" + QualityQueries.Id(r.Id))).ToList());
    }
}
