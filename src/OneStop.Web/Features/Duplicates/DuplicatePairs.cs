using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Duplicates;

public sealed record PairPerson(int Id, string LastName, string FirstName, string? LatinLastName, string? LatinFirstName, string? Amka, string? Phone);

public sealed record DuplicatePair(PairPerson First, PairPerson Second, DateOnly? BirthDate);

public sealed record DuplicatePairPage(List<DuplicatePair> Items, int Total, int Page, int PageSize);

/// <summary>
/// A Coordinator's list of likely duplicate pairs among the people of the structures they
/// coordinate: same registry partition, same birth date and at least two equal name keys (the
/// last and the first name, in either script). Dismissed pairs are left out. Paged in SQL.
/// </summary>
public sealed class DuplicatePairs(AppDbContext db, CurrentUser currentUser)
{
    public const int PageSize = 25;

    public async Task<IReadOnlyList<int>> CoordinatedStructuresAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        return user.IsActive
            ? user.Grants.Where(g => g.Role == AppRole.Coordinator && g.StructureId is not null).Select(g => g.StructureId!.Value).Distinct().ToList()
            : [];
    }

    public async Task<DuplicatePairPage> ListAsync(int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var coordinated = await CoordinatedStructuresAsync(ct);
        if (coordinated.Count == 0)
        {
            return new DuplicatePairPage([], 0, page, PageSize);
        }

        var pool = db.Beneficiaries.AsNoTracking()
            .Where(b => b.MergedIntoId == null && b.BirthDate != null && b.Links.Any(l => coordinated.Contains(l.StructureId)));
        var pairs =
            from a in pool
            join b in pool on new { a.Partition, a.BirthDate } equals new { b.Partition, b.BirthDate }
            where a.Id < b.Id
                && db.BeneficiaryNameKeys.Count(ka => ka.BeneficiaryId == a.Id && db.BeneficiaryNameKeys.Any(kb => kb.BeneficiaryId == b.Id && kb.Key == ka.Key)) >= 2
                && !db.DuplicateDismissals.Any(d => d.FirstId == a.Id && d.SecondId == b.Id)
            select new { a, b };

        var total = await pairs.CountAsync(ct);
        var items = await pairs
            .OrderBy(p => p.a.LastName).ThenBy(p => p.a.FirstName).ThenBy(p => p.a.Id).ThenBy(p => p.b.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new DuplicatePair(
                new PairPerson(p.a.Id, p.a.LastName, p.a.FirstName, p.a.LatinLastName, p.a.LatinFirstName, p.a.Amka, p.a.Phone),
                new PairPerson(p.b.Id, p.b.LastName, p.b.FirstName, p.b.LatinLastName, p.b.LatinFirstName, p.b.Amka, p.b.Phone),
                p.a.BirthDate))
            .ToListAsync(ct);
        return new DuplicatePairPage(items, total, page, PageSize);
    }
}
