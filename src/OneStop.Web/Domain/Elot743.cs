using System.Globalization;
using System.Text;

namespace OneStop.Web.Domain;

/// <summary>
/// Greek → Latin transliteration by ELOT 743 (ISO 843), as Greek passports spell names:
/// αυ/ευ/ηυ → av/ev/iv before vowels and voiced consonants, af/ef/if before voiceless ones and at
/// the end; ου → ou; μπ → b at the start of a word, mp inside; ντ → nt; γγ → ng, γκ → gk, γξ → nx,
/// γχ → nch; θ → th, χ → ch, ψ → ps. Case follows the source (Θεός → Theos, ΘΕΟΣ → THEOS).
/// </summary>
public static class Elot743
{
    private static readonly Dictionary<char, string> Single = new()
    {
        ['α'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['ζ'] = "z", ['η'] = "i", ['θ'] = "th",
        ['ι'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x", ['ο'] = "o", ['π'] = "p",
        ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o",
    };

    private const string Voiceless = "θκξπστφχψς";

    public static bool IsGreekLetter(char c) => Base(c) is >= 'α' and <= 'ω';

    public static bool ContainsGreek(string text) => text.Any(IsGreekLetter);

    public static string Transliterate(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            var c = Base(text[i]);
            if (!Single.ContainsKey(c))
            {
                result.Append(text[i]);
                i++;
                continue;
            }

            var (latin, length) = Group(text, i);
            result.Append(Case(text, i, length, latin));
            i += length;
        }

        return result.ToString();
    }

    private static (string Latin, int Length) Group(string text, int i)
    {
        var c = Base(text[i]);
        var next = i + 1 < text.Length ? Base(text[i + 1]) : '\0';
        var nextHasDiaeresis = i + 1 < text.Length && HasDiaeresis(text[i + 1]);
        var wordStart = i == 0 || !IsGreekLetter(text[i - 1]);

        if (c is 'α' or 'ε' or 'η' && next == 'υ' && !nextHasDiaeresis)
        {
            var after = i + 2 < text.Length ? Base(text[i + 2]) : '\0';
            var voiceless = after == '\0' || !IsGreekLetter(text[i + 2]) || Voiceless.Contains(after, StringComparison.Ordinal);
            return (Single[c] + (voiceless ? "f" : "v"), 2);
        }

        return (c, next) switch
        {
            ('ο', 'υ') when !nextHasDiaeresis => ("ou", 2),
            ('μ', 'π') => (wordStart ? "b" : "mp", 2),
            ('ν', 'τ') => ("nt", 2),
            ('γ', 'γ') => ("ng", 2),
            ('γ', 'κ') => ("gk", 2),
            ('γ', 'ξ') => ("nx", 2),
            ('γ', 'χ') => ("nch", 2),
            _ => (Single[c], 1),
        };
    }

    /// <summary>Upper-case source gives upper case; a capital followed by small letters gives Title case.</summary>
    private static string Case(string text, int start, int length, string latin)
    {
        if (!char.IsUpper(text[start]))
        {
            return latin;
        }

        var following = start + length < text.Length && IsGreekLetter(text[start + length]) ? text[start + length] : (char?)null;
        var previousUpper = start > 0 && IsGreekLetter(text[start - 1]) && char.IsUpper(text[start - 1]);
        var allCaps = following is { } f ? char.IsUpper(f) : previousUpper || length > 1 && char.IsUpper(text[start + 1]);
        return allCaps
            ? latin.ToUpperInvariant()
            : char.ToUpperInvariant(latin[0]) + latin[1..];
    }

    /// <summary>The lower-case letter without accent or diaeresis (ά → α, Ϊ → ι, ς stays ς).</summary>
    internal static char Base(char c) => c < Table ? Bases[c] : Compute(c).Base;

    private static bool HasDiaeresis(char c) => c < Table ? Diaereses[c] : Compute(c).Diaeresis;

    /// <summary>Base letters and diaeresis flags of the Latin, Greek and extended Greek blocks, worked out once (names are read on every search).</summary>
    private const char Table = '\u2000';

    private static readonly char[] Bases = new char[Table];
    private static readonly bool[] Diaereses = new bool[Table];

    static Elot743()
    {
        for (var c = '\0'; c < Table; c++)
        {
            (Bases[c], Diaereses[c]) = Compute(c);
        }
    }

    private static (char Base, bool Diaeresis) Compute(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        var diaeresis = c.ToString().Normalize(NormalizationForm.FormD).Any(m => m == '\u0308');
        return (decomposed.Length > 0 ? decomposed[0] : lower, diaeresis);
    }

    internal static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
