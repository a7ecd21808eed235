using System.Text;

namespace OneStop.Web.Domain;

/// <summary>
/// Search keys for names, so that the many ways a Greek name is typed meet (docs/DESIGN.md §3):
/// case, accents, dialytika and final sigma are folded; Greek is transliterated by ELOT 743;
/// then one phonetic key is applied alike to both scripts (η, ι, υ, ει, οι / i, y, ei, oi → i;
/// ω / o, w → o; αι / ai, e → e; ου / ou, u → u; β, μπ / b, mp, v → v; ντ / nt, d → d;
/// γκ, γγ / gk, ng, g → g; χ / ch, h → h; φ / ph, f → f; ξ / x, ks → ks; doubled letters folded).
/// </summary>
public static class NameKey
{
    private static readonly (string From, string To)[] Pairs =
    [
        ("ou", "u"), ("ei", "i"), ("oi", "i"), ("ai", "e"), ("mp", "v"), ("nt", "d"),
        ("gk", "g"), ("ng", "g"), ("ch", "h"), ("ph", "f"), ("ks", "ks"),
    ];

    private static readonly Dictionary<char, string> Singles = new()
    {
        ['y'] = "i", ['w'] = "o", ['b'] = "v", ['x'] = "ks",
    };

    /// <summary>Lower case, no accents or dialytika, final sigma as σ.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (!Elot743.IsMark(c))
            {
                result.Append(c == 'ς' ? 'σ' : c);
            }
        }

        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The phonetic key of every word of a name, in order.</summary>
    public static IReadOnlyList<string> WordKeys(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var keys = new List<string>();
        foreach (var word in Words(name))
        {
            var folded = Fold(word);
            var latin = Elot743.ContainsGreek(folded) ? Fold(Elot743.Transliterate(folded)) : folded;
            var key = Phonetic(latin);
            if (key.Length > 0)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    /// <summary>The phonetic key of one lower-case Latin word.</summary>
    public static string Phonetic(string latin)
    {
        var mapped = new StringBuilder(latin.Length);
        var i = 0;
        while (i < latin.Length)
        {
            var pair = i + 1 < latin.Length ? Pairs.FirstOrDefault(p => string.CompareOrdinal(latin, i, p.From, 0, 2) == 0) : default;
            if (pair.From is not null)
            {
                mapped.Append(pair.To);
                i += 2;
                continue;
            }

            var c = latin[i];
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                mapped.Append(Singles.TryGetValue(c, out var s) ? s : c.ToString());
            }

            i++;
        }

        var folded = new StringBuilder(mapped.Length);
        foreach (var c in mapped.ToString())
        {
            if (folded.Length == 0 || folded[^1] != c)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>True when each word of the query is the start of a different word of the name.</summary>
    public static bool Matches(string query, string name)
    {
        var wanted = WordKeys(query);
        var available = WordKeys(name).ToList();
        foreach (var key in wanted.OrderByDescending(k => k.Length))
        {
            var hit = available.FindIndex(w => w.StartsWith(key, StringComparison.Ordinal));
            if (hit < 0)
            {
                return false;
            }

            available.RemoveAt(hit);
        }

        return wanted.Count > 0;
    }

    private static readonly char[] WordSeparators = ['-', '\'', '’', '.', ',', '(', ')', '/'];

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries));
}
