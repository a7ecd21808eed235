using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Beneficiaries;

public sealed record BeneficiaryHit(int Id, string LastName, string FirstName, string? FatherName, string? LatinLastName, string? LatinFirstName, DateOnly? BirthDate, string? Amka, string? Afm, string? Phone);

public sealed record SearchResult(List<BeneficiaryHit> Items, int Total);

/// <summary>
/// The one search of people, used by the Today page, the registry and the API: an ΑΜΚΑ or ΑΦΜ
/// exactly; a phone by its last digits; otherwise names, each query word the start of a word of
/// the name in any order, across Greek and Latin script (phonetic keys, <see cref="NameKey"/>).
/// Only people the user may see; best matches (most specific first) on top.
/// </summary>
public sealed class BeneficiarySearch(AppDbContext db, PeopleScope people)
{
    /// <summary>
    /// Name searches count up to this many matches; more reads as "more than 100". A front desk
    /// refines a search with a second word rather than paging; the cap keeps a common surname cheap.
    /// </summary>
    public const int CountCap = 100;

    public async Task<SearchResult> SearchAsync(string? q, int take, CancellationToken ct)
    {
        take = Math.Clamp(take, 1, 100);
        var visible = (await people.VisibleAsync(ct)).AsNoTracking();
        var query = (q ?? "").Trim();
        if (query.Length == 0)
        {
            return new SearchResult([], 0);
        }

        var digits = new string(query.Where(char.IsAsciiDigit).ToArray());
        var onlyDigits = digits.Length > 0 && query.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '.');
        IQueryable<Beneficiary> matches;
        if (onlyDigits && digits.Length == 11)
        {
            matches = visible.Where(b => b.Amka == digits);
        }
        else if (onlyDigits && Afm.Normalize(digits) is { } afm && digits.Length is 8 or 9)
        {
            var reversed = SearchKeys.ReversedDigits(digits)!;
            var end = SearchKeys.PrefixEnd(reversed);
            matches = visible.Where(b => b.Afm == afm || (b.PhoneReversed!.CompareTo(reversed) >= 0 && b.PhoneReversed!.CompareTo(end) < 0));
        }
        else if (onlyDigits && digits.Length >= 4)
        {
            var reversed = SearchKeys.ReversedDigits(digits)!;
            var end = SearchKeys.PrefixEnd(reversed);
            matches = visible.Where(b => b.PhoneReversed!.CompareTo(reversed) >= 0 && b.PhoneReversed!.CompareTo(end) < 0);
        }
        else
        {
            return NameIds(db, visible, query) is { } ids ? await PageAsync(ids, query, take, ct) : new SearchResult([], 0);
        }

        var total = await matches.CountAsync(ct);
        var items = await matches
            .OrderBy(b => b.LastName).ThenBy(b => b.FirstName).ThenBy(b => b.Id)
            .Take(take)
            .Select(b => new BeneficiaryHit(b.Id, b.LastName, b.FirstName, b.FatherName, b.LatinLastName, b.LatinFirstName, b.BirthDate, b.Amka, b.Afm, b.Phone))
            .ToListAsync(ct);
        return new SearchResult(Rank(items, keysOf: query), total);
    }

    /// <summary>
    /// The ids of a name search in walk order, or null when the query has no name word. Each query
    /// word must start a different word of the name (a word that starts another query word adds
    /// nothing and is dropped).
    /// </summary>
    public static IQueryable<int>? NameIds(AppDbContext db, IQueryable<Beneficiary> visible, string query)
    {
        var keys = Implied(NameKey.WordKeys(query).Distinct(StringComparer.Ordinal)).OrderByDescending(k => k.Length).ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        // Two words of three letters or more: read the people who have both from the pair index
        // (ADR 008), not all the people of either word. Otherwise walk the (key, beneficiary_id,
        // words) index of the longest word. Either way every word is checked on the person's
        // words in the same index entry (ADR 081), so the capped walk stops early without a
        // lookup per row.
        var heads = keys.Where(k => k.Length >= SearchKeys.PairLetters).Take(2).ToList();
        if (heads.Count == 2)
        {
            var pair = SearchKeys.Pair(heads[0], heads[1]);
            var pairs = db.BeneficiaryNamePairs.Where(p => p.Pair == pair);
            foreach (var key in keys)
            {
                var start = SearchKeys.WordStart(key);
                pairs = pairs.Where(p => p.Words.Contains(start));
            }

            return
                from p in pairs
                join b in visible on p.BeneficiaryId equals b.Id
                orderby p.BeneficiaryId
                select b.Id;
        }

        var lead = keys[0];
        var leadEnd = SearchKeys.PrefixEnd(lead);
        var leadKeys = db.BeneficiaryNameKeys.Where(k => k.Key!.CompareTo(lead) >= 0 && k.Key!.CompareTo(leadEnd) < 0);
        foreach (var key in keys.Skip(1))
        {
            var start = SearchKeys.WordStart(key);
            leadKeys = leadKeys.Where(k => k.Words.Contains(start));
        }

        return
            from k in leadKeys
            join b in visible on k.BeneficiaryId equals b.Id
            orderby k.Key, k.BeneficiaryId
            select b.Id;
    }

    /// <summary>The query words without those that start another query word ("pap papad" is "papad").</summary>
    private static IEnumerable<string> Implied(IEnumerable<string> keys)
    {
        var list = keys.ToList();
        return list.Where(k => !list.Any(o => o.Length > k.Length && o.StartsWith(k, StringComparison.Ordinal)));
    }

    /// <summary>One walk gives both the capped count and the page; the page's rows are then read by id.</summary>
    private async Task<SearchResult> PageAsync(IQueryable<int> ids, string query, int take, CancellationToken ct)
    {
        var found = (await ids.Take(CountCap + 1).ToListAsync(ct)).Distinct().ToList();
        var pageIds = found.Take(take).ToList();
        var page = await db.Beneficiaries.AsNoTracking()
            .Where(b => pageIds.Contains(b.Id))
            .Select(b => new BeneficiaryHit(b.Id, b.LastName, b.FirstName, b.FatherName, b.LatinLastName, b.LatinFirstName, b.BirthDate, b.Amka, b.Afm, b.Phone))
            .ToListAsync(ct);
        return new SearchResult(Rank(page, keysOf: query), found.Count);
    }

    /// <summary>Exact whole-word matches before prefix matches; then alphabetical.</summary>
    private static List<BeneficiaryHit> Rank(List<BeneficiaryHit> items, string keysOf)
    {
        var wanted = NameKey.WordKeys(keysOf).ToHashSet(StringComparer.Ordinal);
        return items
            .OrderByDescending(h => NameKey.WordKeys($"{h.LastName} {h.FirstName} {h.LatinLastName} {h.LatinFirstName}").Count(wanted.Contains))
            .ThenBy(h => h.LastName, StringComparer.Create(CultureInfo.GetCultureInfo("el-GR"), true))
            .ToList();
    }
}
