namespace OneStop.Web.Features.Reports;

/// <summary>
/// A published total and the published cells that add up to it. <see cref="Rest"/> is what the
/// total holds beyond those cells (visits with a reason outside the top 15, participants of no
/// recorded gender): it is not shown, but a reader is assumed to know it, the worst case.
/// </summary>
public sealed record CellGroup(string Total, IReadOnlyList<string> Parts, int Rest = 0);

/// <summary>
/// Secondary suppression over one published report (ADR 087): its cells by key, and the groups in
/// which a total is the sum of other cells (a row, a column, a table's cells and the headline
/// count). Primary: a count from 1 to threshold − 1 is hidden. Secondary: while any hidden cell
/// can be worked out from what is shown — the totals, the other cells, and what the marks say
/// ("&lt;5" is 1 to 4, "*" is 0 or more) — one more cell of a group it belongs to is hidden: the
/// smallest shown non-zero cell, else a shown zero, else the group's total; when all of them are
/// hidden already, the small ones among them are shown as "*" instead of "&lt;5". Adding cells one
/// at a time until nothing is derivable also mends a column broken by a cell hidden for its row.
/// </summary>
public static class SecondarySuppression
{
    private const long Unbounded = long.MaxValue / 4;

    /// <summary>
    /// The hidden cells: the small ones and those hidden so that none can be derived; and of them the
    /// ones shown as "*" (0 or more) rather than "&lt;threshold" (1 to threshold − 1): every hidden cell
    /// that is not small, and a small one whose "&lt;threshold" alone would give it away (four "&lt;5"
    /// adding up to a "&lt;5" are four ones) when nothing beside it is left to hide.
    /// </summary>
    public static (IReadOnlySet<string> Hidden, IReadOnlySet<string> Starred) Hide(IReadOnlyDictionary<string, int> values, IReadOnlyList<CellGroup> groups, int threshold)
    {
        var hidden = values.Where(v => v.Value > 0 && v.Value < threshold).Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        var starred = new HashSet<string>(StringComparer.Ordinal);

        // Each round hides one more cell or stars one more small cell, so this ends.
        while (Derivable(values, groups, hidden, starred, threshold) is { Count: > 0 } pinned)
        {
            // The first candidate (smallest non-zero, then zero, then a total) that leaves fewer cells derivable; else the first.
            var candidates = pinned.SelectMany(p => Candidates(values, groups, hidden, p)).Distinct()
                .OrderBy(c => c.Tier).ThenBy(c => values[c.Key]).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
            if (candidates.Count > 0)
            {
                hidden.Add(candidates.FirstOrDefault(c => Fewer(c)) ?? candidates[0]);
            }
            else if (pinned.SelectMany(p => groups.Where(g => g.Total == p || g.Parts.Contains(p)).SelectMany(g => g.Parts.Append(g.Total)).Append(p))
                .Where(k => hidden.Contains(k) && !starred.Contains(k)).ToList() is { Count: > 0 } small)
            {
                starred.UnionWith(small);
            }
            else
            {
                break;
            }

            bool Fewer(string candidate)
            {
                hidden.Add(candidate);
                var after = Derivable(values, groups, hidden, starred, threshold).Count;
                hidden.Remove(candidate);
                return after < pinned.Count;
            }
        }

        starred.UnionWith(hidden.Where(k => values[k] is <= 0 || values[k] >= threshold));
        return (hidden, starred);
    }

    /// <summary>
    /// The hidden cells whose value follows from what is shown: each group's sum narrows the bounds
    /// of its cells (a shown count is exact, "&lt;threshold" is 1 to threshold − 1, "*" is 0 or more)
    /// until nothing changes; a hidden cell left with one possible value is derivable.
    /// </summary>
    public static IReadOnlyList<string> Derivable(IReadOnlyDictionary<string, int> values, IReadOnlyList<CellGroup> groups, IReadOnlySet<string> hidden,
        IReadOnlySet<string> starred, int threshold)
    {
        var lo = new Dictionary<string, long>(StringComparer.Ordinal);
        var hi = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var small = value > 0 && value < threshold && !starred.Contains(key);
            (lo[key], hi[key]) = !hidden.Contains(key) ? (value, value) : small ? (1, threshold - 1) : (0, Unbounded);
        }

        // Bounds only shrink, so this ends; the cap keeps a pathological table from running long
        // (stopping early leaves bounds wider than they could be, never wrong).
        for (var round = 0; round < 1000; round++)
        {
            var changed = false;
            foreach (var g in groups)
            {
                changed |= Narrow(g, lo, hi);
            }

            if (!changed)
            {
                break;
            }
        }

        return [.. hidden.Where(k => values.ContainsKey(k) && lo[k] == hi[k]).Order(StringComparer.Ordinal)];
    }

    private static bool Narrow(CellGroup g, Dictionary<string, long> lo, Dictionary<string, long> hi)
    {
        var changed = false;
        long Sum(Dictionary<string, long> bound, string? except)
        {
            long sum = g.Rest;
            foreach (var p in g.Parts.Where(p => p != except))
            {
                sum = Math.Min(Unbounded, sum + bound[p]);
            }

            return sum;
        }

        changed |= Set(lo, hi, g.Total, Sum(lo, null), Sum(hi, null));
        foreach (var p in g.Parts)
        {
            var upper = hi[g.Total] >= Unbounded ? Unbounded : hi[g.Total] - Sum(lo, p);
            var lower = Sum(hi, p) >= Unbounded ? 0 : lo[g.Total] - Sum(hi, p);
            changed |= Set(lo, hi, p, lower, upper);
        }

        return changed;
    }

    private static bool Set(Dictionary<string, long> lo, Dictionary<string, long> hi, string key, long lower, long upper)
    {
        var changed = false;
        if (lower > lo[key] && lower <= hi[key])
        {
            lo[key] = lower;
            changed = true;
        }

        if (upper < hi[key] && upper >= lo[key])
        {
            hi[key] = upper;
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// The cells that could be hidden for a derivable one: in the groups it belongs to, the shown
    /// parts (tier 0 non-zero, 1 zero) and the shown totals (tier 2).
    /// </summary>
    private static IEnumerable<(string Key, int Tier)> Candidates(IReadOnlyDictionary<string, int> values, IReadOnlyList<CellGroup> groups, HashSet<string> hidden, string pinned) => groups
        .Where(g => g.Total == pinned || g.Parts.Contains(pinned))
        .SelectMany(g => g.Parts.Select(p => (Key: p, Tier: values[p] > 0 ? 0 : 1)).Append((Key: g.Total, Tier: 2)))
        .Where(c => c.Key != pinned && !hidden.Contains(c.Key));
}
