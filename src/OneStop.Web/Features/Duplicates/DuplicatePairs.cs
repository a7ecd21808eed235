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
public sealed class DuplicatePairs(AppDbContext db, AccessScope scope)
{
    public const int PageSize = 25;

    public async Task<IReadOnlyList<int>> CoordinatedStructuresAsync(CancellationToken ct)
    {
        return [.. (await scope.StructuresAsync(Capability.Coordinate, ct)).Ids];
    }

    public async Task<DuplicatePairPage> ListAsync(int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var coordinated = await CoordinatedStructuresAsync(ct);
        if (coordinated.Count == 0)
        {
            return new DuplicatePairPage([], 0, page, PageSize);
        }

        var pairs = Pairs(coordinated);

        var total = await pairs.CountAsync(ct);
        var items = await pairs
            .OrderBy(p => p.A.LastName).ThenBy(p => p.A.FirstName).ThenBy(p => p.A.Id).ThenBy(p => p.B.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(p => new DuplicatePair(
                new PairPerson(p.A.Id, p.A.LastName, p.A.FirstName, p.A.LatinLastName, p.A.LatinFirstName, p.A.Amka, p.A.Phone),
                new PairPerson(p.B.Id, p.B.LastName, p.B.FirstName, p.B.LatinLastName, p.B.LatinFirstName, p.B.Amka, p.B.Phone),
                p.A.BirthDate))
            .ToListAsync(ct);
        return new DuplicatePairPage(items, total, page, PageSize);
    }

    /// <summary>The open likely-duplicate pairs among the people of these structures of the ones the user coordinates (the data-quality report's count).</summary>
    public async Task<int> CountAsync(IReadOnlyCollection<int> structures, CancellationToken ct)
    {
        var coordinated = (await CoordinatedStructuresAsync(ct)).Intersect(structures).ToList();
        return coordinated.Count == 0 ? 0 : await Pairs(coordinated).CountAsync(ct);
    }

    private IQueryable<Pair> Pairs(IReadOnlyCollection<int> coordinated)
    {
        var pool = db.Beneficiaries.AsNoTracking()
            .Where(b => b.MergedIntoId == null && b.BirthDate != null && b.Links.Any(l => coordinated.Contains(l.StructureId)));
        var pairs =
            from a in pool
            join b in pool on new { a.Partition, a.BirthDate } equals new { b.Partition, b.BirthDate }
            where a.Id < b.Id
                && db.BeneficiaryNameKeys.Count(ka => ka.BeneficiaryId == a.Id && db.BeneficiaryNameKeys.Any(kb => kb.BeneficiaryId == b.Id && kb.Key == ka.Key)) >= 2
                && !db.DuplicateDismissals.Any(d => d.FirstId == a.Id && d.SecondId == b.Id)
            select new Pair { A = a, B = b };
        return pairs;
    }

    private sealed class Pair
    {
        public required Beneficiary A { get; init; }
        public required Beneficiary B { get; init; }
    }
}
