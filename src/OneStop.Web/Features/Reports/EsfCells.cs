namespace OneStop.Web.Features.Reports;

/// <summary>
/// The counts of the ESF table by key, and its sums (ADR 087): each indicator's total is its women,
/// men and non-binary participants plus those of no recorded gender (not shown, assumed known).
/// </summary>
public static class EsfCells
{
    public const string Participants = "participants";
    public const string Incomplete = "incomplete";

    /// <summary>One cell of an indicator's row: gender female, male, non_binary, or null for the total.</summary>
    public static string Cell(string code, string? gender) => code + ":" + (gender ?? "total");

    /// <summary>The suppression of one report: the small cells and those hidden so that none can be derived.</summary>
    public static SmallCells Suppress(SmallCells cells, EsfReport r)
    {
        if (!cells.Suppress)
        {
            return cells;
        }

        var values = new Dictionary<string, int>(StringComparer.Ordinal) { [Participants] = r.Participants, [Incomplete] = r.Incomplete };
        var groups = new List<CellGroup>();
        foreach (var i in r.Indicators)
        {
            values[Cell(i.Code, null)] = i.Total;
            values[Cell(i.Code, "female")] = i.Women;
            values[Cell(i.Code, "male")] = i.Men;
            values[Cell(i.Code, "non_binary")] = i.NonBinary;
            var rest = i.Total - i.Women - i.Men - i.NonBinary;
            if (rest >= 0)
            {
                groups.Add(new CellGroup(Cell(i.Code, null), [Cell(i.Code, "female"), Cell(i.Code, "male"), Cell(i.Code, "non_binary")], rest));
            }
        }

        return cells.Over(values, groups);
    }
}
