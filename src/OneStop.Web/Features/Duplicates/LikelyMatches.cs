using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Features.Duplicates;

/// <summary>A person who may be the one being registered: score 2 = same birth date, 1 = a date is missing.</summary>
public sealed record LikelyMatch(int Id, string LastName, string FirstName, DateOnly? BirthDate, string? Amka, int Score);

/// <summary>
/// Likely matches by name and birth date (docs/DESIGN.md §3): every word key of the last and first
/// names meets a name key of the person (equal, or one a prefix of the other), across Greek and
/// Latin script; the birth date is equal, or missing on either side (a weaker match). Only people
/// the user may see, of the same registry partition when a structure is given, and never a pair
/// someone said was "not the same person".
/// </summary>
public sealed class LikelyMatches(AppDbContext db, PeopleScope people)
{
    private const int ShortestPrefix = 3;

    public async Task<List<LikelyMatch>> FindAsync(string? lastName, string? firstName, DateOnly? birthDate, int? forId, string? partition, CancellationToken ct)
    {
        var keys = NameKey.WordKeys(lastName).Concat(NameKey.WordKeys(firstName)).Distinct(StringComparer.Ordinal).ToList();
        if (NameKey.WordKeys(lastName).Count == 0 || NameKey.WordKeys(firstName).Count == 0)
        {
            return [];
        }

        var matches = (await people.VisibleAsync(ct)).AsNoTracking();
        if (partition is not null)
        {
            matches = matches.Where(b => b.Partition == partition);
        }

        foreach (var key in keys)
        {
            var end = SearchKeys.PrefixEnd(key);
            var shorter = Enumerable.Range(ShortestPrefix, Math.Max(0, key.Length - ShortestPrefix)).Select(n => key[..n]).ToList();
            matches = matches.Where(b => db.BeneficiaryNameKeys.Any(k => k.BeneficiaryId == b.Id
                && ((k.Key.CompareTo(key) >= 0 && k.Key.CompareTo(end) < 0) || shorter.Contains(k.Key))));
        }

        if (birthDate is { } date)
        {
            matches = matches.Where(b => b.BirthDate == date || b.BirthDate == null);
        }

        if (forId is { } id)
        {
            matches = matches.Where(b => b.Id != id
                && !db.DuplicateDismissals.Any(d => (d.FirstId == id && d.SecondId == b.Id) || (d.FirstId == b.Id && d.SecondId == id)));
        }

        var items = await matches
            .OrderBy(b => b.LastName).ThenBy(b => b.FirstName).ThenBy(b => b.Id)
            .Take(20)
            .Select(b => new { b.Id, b.LastName, b.FirstName, b.BirthDate, b.Amka })
            .ToListAsync(ct);
        return items
            .Select(b => new LikelyMatch(b.Id, b.LastName, b.FirstName, b.BirthDate, b.Amka, birthDate is not null && b.BirthDate == birthDate ? 2 : 1))
            .OrderByDescending(m => m.Score)
            .ToList();
    }

    /// <summary>Likely matches of an existing person (their own names and birth date).</summary>
    public async Task<List<LikelyMatch>?> ForPersonAsync(int id, CancellationToken ct)
    {
        var person = await (await people.VisibleAsync(ct)).AsNoTracking()
            .Where(b => b.Id == id)
            .Select(b => new { b.LastName, b.FirstName, b.BirthDate, b.Partition })
            .SingleOrDefaultAsync(ct);
        return person is null ? null : await FindAsync(person.LastName, person.FirstName, person.BirthDate, id, person.Partition, ct);
    }

    /// <summary>The partition a structure registers into, when the user works there; otherwise no filter beyond the scope.</summary>
    public async Task<string?> PartitionForAsync(int? structureId, CancellationToken ct) =>
        structureId is { } id && await people.CanWorkInAsync(id, ct) ? await people.PartitionOfAsync(id, ct) : null;
}
