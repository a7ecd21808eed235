using System.Globalization;
using OneStop.Web.Features.Reports;

namespace OneStop.Tests.Reports;

/// <summary>
/// What a reader of a published table can work out from what it shows, written apart from the
/// application's rule: a shown count is exact, "&lt;threshold" is 1 to threshold − 1, "*" (or null in
/// the API) is 0 or more; each published total is the sum of its cells (plus a rest the reader is
/// assumed to know).
/// </summary>
public static class Derivation
{
    private const long Inf = 1L << 40;

    /// <summary>The cells as a reader sees them.</summary>
    public static Dictionary<string, string> Shown(SmallCells cells, IReadOnlyDictionary<string, int> values) =>
        values.ToDictionary(v => v.Key, v => cells.Show(v.Key, v.Value));

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.CurrentCulture, out var n) ? n : null;

    /// <summary>Groups with a shown total and exactly one hidden cell: the subtraction of the issue.</summary>
    public static List<CellGroup> SingleHidden(IReadOnlyDictionary<string, string> shown, IEnumerable<CellGroup> groups) =>
        [.. groups.Where(g => Number(shown[g.Total]) is not null && g.Parts.Count(p => Number(shown[p]) is null) == 1)];

    /// <summary>The hidden cells that have one possible value, by bounds narrowed through every group until nothing changes.</summary>
    public static List<string> Derivable(IReadOnlyDictionary<string, string> shown, IReadOnlyList<CellGroup> groups, int threshold)
    {
        var small = "<" + threshold.ToString(CultureInfo.InvariantCulture);
        var lo = new Dictionary<string, long>();
        var hi = new Dictionary<string, long>();
        foreach (var (k, text) in shown)
        {
            (lo[k], hi[k]) = Number(text) is { } n ? (n, n) : text == small ? (1L, threshold - 1L) : (0L, Inf);
        }

        for (var (changed, round) = (true, 0); changed && round < 10_000; round++)
        {
            changed = false;
            foreach (var g in groups)
            {
                // 0 = rest + Σ parts − total; each cell's bounds follow from the others'.
                var cells = g.Parts.Select(p => (Key: p, Sign: 1)).Append((Key: g.Total, Sign: -1)).ToList();
                foreach (var (key, sign) in cells)
                {
                    // sign·x = −rest − Σ others sign_j·x_j
                    long min = -g.Rest, max = -g.Rest;
                    foreach (var (other, s) in cells.Where(c => c.Key != key))
                    {
                        var (a, b) = s > 0 ? (-hi[other], -lo[other]) : (lo[other], hi[other]);
                        min += a;
                        max += b;
                    }

                    var (newLo, newHi) = sign > 0 ? (min, max) : (-max, -min);
                    if (newLo > lo[key] && newLo <= hi[key] && newLo < Inf / 2)
                    {
                        lo[key] = newLo;
                        changed = true;
                    }

                    if (newHi < hi[key] && newHi >= lo[key] && newHi < Inf / 2)
                    {
                        hi[key] = newHi;
                        changed = true;
                    }
                }
            }
        }

        return [.. shown.Keys.Where(k => Number(shown[k]) is null && lo[k] == hi[k]).Order()];
    }

    /// <summary>Null when every small count is hidden and nothing hidden can be worked out; else what leaks.</summary>
    public static string? Leak(IReadOnlyDictionary<string, int> values, IReadOnlyDictionary<string, string> shown, IReadOnlyList<CellGroup> groups, int threshold)
    {
        var small = values.Where(v => v.Value > 0 && v.Value < threshold && Number(shown[v.Key]) is not null).Select(v => v.Key).ToList();
        var single = SingleHidden(shown, groups);
        var derivable = Derivable(shown, groups, threshold);
        return small.Count + single.Count + derivable.Count == 0 ? null
            : $"shown small: {string.Join(", ", small)}; one hidden cell under a shown total: {string.Join(", ", single.Select(g => g.Total))}; derivable: {string.Join(", ", derivable)}";
    }
}
