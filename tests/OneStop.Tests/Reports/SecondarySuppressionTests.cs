using OneStop.Web.Features.Reports;

namespace OneStop.Tests.Reports;

/// <summary>The secondary-suppression rule (ADR 087) on hand-made and random tables, checked by <see cref="Derivation"/>.</summary>
public sealed class SecondarySuppressionTests
{
    private const int Threshold = 5;

    private static CellGroup Row(string total, params string[] parts) => new(total, parts);

    /// <summary>The table through the rule: what is hidden, what a reader sees, and what leaks (null: nothing).</summary>
    private static (IReadOnlySet<string> Hidden, Dictionary<string, string> Shown, string? Leak) Run(IReadOnlyDictionary<string, int> values, IReadOnlyList<CellGroup> groups)
    {
        var cells = new SmallCells(true, Threshold).Over(values, groups);
        var shown = Derivation.Shown(cells, values);
        Assert.Equal(cells.Hidden.Order(), shown.Where(s => !int.TryParse(s.Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.CurrentCulture, out _)).Select(s => s.Key).Order());
        return (cells.Hidden, shown, Derivation.Leak(values, shown, groups, Threshold));
    }

    [Fact]
    public void IssueExample_TotalSevenWomenSixMenOne_BothHidden()
    {
        var values = new Dictionary<string, int> { ["total"] = 7, ["women"] = 6, ["men"] = 1, ["non_binary"] = 0 };
        var groups = new[] { Row("total", "women", "men", "non_binary") };

        var (hidden, _, leak) = Run(values, groups);

        Assert.Equal(["men", "women"], hidden.Order());
        Assert.Null(leak);

        // The same through SmallCells: "<5" for the small count, "*" for the one hidden with it, null in the API.
        var cells = new SmallCells(true, Threshold).Over(values, groups);
        Assert.Equal(["7", "*", "<5", "0"], new[] { "total", "women", "men", "non_binary" }.Select(k => cells.Show(k, values[k])));
        Assert.Null(cells.Value("women", 6));
        Assert.Equal(7, cells.Value("total", 7));
    }

    [Fact]
    public void WithoutSuppression_NothingIsHidden()
    {
        var values = new Dictionary<string, int> { ["total"] = 7, ["women"] = 6, ["men"] = 1 };
        var cells = SmallCells.None.Over(values, [Row("total", "women", "men")]);
        Assert.Empty(cells.Hidden);
        Assert.Equal("1", cells.Show("men", 1));
        Assert.Equal(6, cells.Value("women", 6));
    }

    [Fact]
    public void TwoSmallCellsPinnedByTheirBounds_OneMoreIsHidden()
    {
        // 8 = 4 + 4 + 0: two "<5" adding up to 8 can only be 4 and 4.
        var values = new Dictionary<string, int> { ["total"] = 8, ["a"] = 4, ["b"] = 4, ["c"] = 0 };
        var groups = new[] { Row("total", "a", "b", "c") };
        var (hidden, _, leak) = Run(values, groups);
        Assert.Contains("a", hidden);
        Assert.Contains("b", hidden);
        Assert.True(hidden.Count >= 3);
        Assert.Null(leak);
    }

    [Fact]
    public void SmallCellWithOnlyZerosBeside_ZeroOrTotalHiddenSoTheOneCannotBeRead()
    {
        // 6 = 5 + 1 + 0: hiding the zero would leave "<5" + "*" = 1, so 1 and 0; the 5 is hidden instead.
        var values = new Dictionary<string, int> { ["total"] = 6, ["a"] = 5, ["b"] = 1, ["c"] = 0 };
        var groups = new[] { Row("total", "a", "b", "c") };
        var (hidden, _, leak) = Run(values, groups);
        Assert.Equal(["a", "b"], hidden.Order());
        Assert.Null(leak);
    }

    [Fact]
    public void SmallTotal_IsHiddenItself()
    {
        var values = new Dictionary<string, int> { ["total"] = 3, ["a"] = 3, ["b"] = 0 };
        var groups = new[] { Row("total", "a", "b") };
        var (hidden, _, leak) = Run(values, groups);
        Assert.Contains("total", hidden);
        Assert.Contains("a", hidden);
        Assert.Null(leak);
    }

    [Fact]
    public void TableWithRowAndColumnTotals_CellHiddenForItsRowIsCoveredInItsColumn()
    {
        //          c0  c1  c2 | total
        //   r0     10   2   8 |  20
        //   r1      7   9   6 |  22
        //   r2     12  11  15 |  38
        //   total  29  22  29 |  80
        int[,] cells = { { 10, 2, 8 }, { 7, 9, 6 }, { 12, 11, 15 } };
        var (values, groups) = Table(cells);
        var (hidden, shown, leak) = Run(values, groups);

        Assert.Contains("r0c1", hidden);
        Assert.True(hidden.Count >= 4, string.Join(", ", hidden)); // the classic rectangle: two rows by two columns at least
        Assert.Empty(Derivation.SingleHidden(shown, groups));
        Assert.Null(leak);
    }

    [Fact]
    public void RandomTables_NothingDerivableFromAnyPublishedTotal()
    {
        var random = new Random(87);
        for (var n = 0; n < 1000; n++)
        {
            var (rows, columns) = (random.Next(1, 6), random.Next(1, 6));
            var cells = new int[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    // Zeros, small counts and larger ones, as a month of a small structure.
                    cells[r, c] = random.Next(10) switch { < 3 => 0, < 7 => random.Next(1, Threshold), _ => random.Next(Threshold, 30) };
                }
            }

            var (values, groups) = Table(cells);
            var (hidden, shown, leak) = Run(values, groups);
            Assert.True(leak is null, $"table {n} ({rows}×{columns}): {leak}; shown {string.Join(", ", shown.Select(v => v.Key + "=" + v.Value))}; values {string.Join(", ", values.Select(v => v.Key + "=" + v.Value))}");
        }
    }

    [Fact]
    public void RandomHierarchies_StructuresMunicipalitiesAndTheTotal()
    {
        // A measure per structure, its municipality and in all: the groups of the activity report's unit tables.
        var random = new Random(5);
        for (var n = 0; n < 1000; n++)
        {
            var values = new Dictionary<string, int>();
            var groups = new List<CellGroup>();
            var municipalities = new List<string>();
            for (var m = 0; m < random.Next(1, 4); m++)
            {
                var structures = new List<string>();
                for (var s = 0; s < random.Next(1, 4); s++)
                {
                    var key = $"m{m}s{s}";
                    values[key] = random.Next(3) == 0 ? random.Next(0, Threshold) : random.Next(0, 25);
                    structures.Add(key);
                }

                values[$"m{m}"] = structures.Sum(s => values[s]);
                groups.Add(new CellGroup($"m{m}", structures));
                municipalities.Add($"m{m}");
            }

            values["all"] = municipalities.Sum(m => values[m]);
            groups.Add(new CellGroup("all", municipalities));
            groups.Add(new CellGroup("all", [.. values.Keys.Where(k => k.Contains('s', StringComparison.Ordinal))]));
            var (_, shown, leak) = Run(values, groups);
            Assert.True(leak is null, $"hierarchy {n}: {leak}; shown {string.Join(", ", shown.Select(v => v.Key + "=" + v.Value))}");
        }
    }

    /// <summary>A table with a total per row, per column and in all: the groups a reader can add up.</summary>
    private static (Dictionary<string, int> Values, List<CellGroup> Groups) Table(int[,] cells)
    {
        var (rows, columns) = (cells.GetLength(0), cells.GetLength(1));
        var values = new Dictionary<string, int>();
        var groups = new List<CellGroup>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                values[$"r{r}c{c}"] = cells[r, c];
            }

            values[$"r{r}"] = Enumerable.Range(0, columns).Sum(c => cells[r, c]);
            groups.Add(new CellGroup($"r{r}", [.. Enumerable.Range(0, columns).Select(c => $"r{r}c{c}")]));
        }

        for (var c = 0; c < columns; c++)
        {
            values[$"c{c}"] = Enumerable.Range(0, rows).Sum(r => cells[r, c]);
            groups.Add(new CellGroup($"c{c}", [.. Enumerable.Range(0, rows).Select(r => $"r{r}c{c}")]));
        }

        values["all"] = values.Where(v => v.Key.Length > 1 && v.Key[0] == 'r' && !v.Key.Contains('c', StringComparison.Ordinal)).Sum(v => v.Value);
        groups.Add(new CellGroup("all", [.. Enumerable.Range(0, rows).Select(r => $"r{r}")]));
        groups.Add(new CellGroup("all", [.. Enumerable.Range(0, columns).Select(c => $"c{c}")]));
        return (values, groups);
    }
}
