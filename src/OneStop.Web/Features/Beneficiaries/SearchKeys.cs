using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Beneficiaries;

/// <summary>Keeps the derived search columns of a person in step with what was typed.</summary>
public static class SearchKeys
{
    /// <summary>Rebuilds the phonetic name keys (Greek and Latin names) and the reversed phone digits.</summary>
    public static void Refresh(Beneficiary b)
    {
        var keys = new[] { b.LastName, b.FirstName, b.LatinLastName, b.LatinFirstName }
            .SelectMany(NameKey.WordKeys)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var words = Words(keys);
        b.NameKeys.RemoveAll(k => !keys.Contains(k.Key));
        foreach (var key in keys.Where(k => b.NameKeys.All(n => n.Key != k)))
        {
            b.NameKeys.Add(new BeneficiaryNameKey { Key = key });
        }

        var pairs = Pairs(keys);
        b.NamePairs.RemoveAll(p => !pairs.Contains(p.Pair));
        foreach (var pair in pairs.Where(p => b.NamePairs.All(n => n.Pair != p)))
        {
            b.NamePairs.Add(new BeneficiaryNamePair { Pair = pair });
        }

        foreach (var key in b.NameKeys.Where(k => k.Words != words))
        {
            key.Words = words;
        }

        foreach (var pair in b.NamePairs.Where(p => p.Words != words))
        {
            pair.Words = words;
        }

        b.PhoneReversed = ReversedDigits(b.Phone);
    }

    /// <summary>
    /// A person's keys as one string, each after a space: " georgios papadopoulos". A query word
    /// starts one of them exactly when " " + word occurs in it (ADR 081).
    /// </summary>
    public static string Words(IEnumerable<string> keys) => string.Concat(keys.Select(k => " " + k));

    /// <summary>What a name's words must contain for the query word to start one of them.</summary>
    public static string WordStart(string key) => " " + key;

    /// <summary>Letters of a word that make its half of a pair; shorter words have no pairs.</summary>
    public const int PairLetters = 3;

    /// <summary>Every pair of two different keys of at least three letters (ADR 008).</summary>
    public static List<string> Pairs(IReadOnlyList<string> keys)
    {
        var heads = keys.Where(k => k.Length >= PairLetters).ToList();
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < heads.Count; i++)
        {
            for (var j = i + 1; j < heads.Count; j++)
            {
                pairs.Add(Pair(heads[i], heads[j]));
            }
        }

        return [.. pairs];
    }

    /// <summary>The pair of two words: their first three letters, the smaller first.</summary>
    public static string Pair(string a, string b)
    {
        string x = a[..PairLetters], y = b[..PairLetters];
        return string.CompareOrdinal(x, y) <= 0 ? x + y : y + x;
    }

    public static string? ReversedDigits(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).Reverse().ToArray());
        return digits.Length == 0 ? null : digits;
    }

    /// <summary>The exclusive upper bound of a prefix range: "pap" → "paq".</summary>
    public static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
