namespace OneStop.Web.Exports;

/// <summary>A value axis from zero with "nice" gridlines (1, 2 or 5 × 10ⁿ), shared by the SVG charts and the PDF.</summary>
public static class ChartScale
{
    public static (int Max, int Step) Nice(int max, int lines = 5)
    {
        if (max <= 0)
        {
            return (lines, 1);
        }

        // A little headroom, so that the tallest bar and its label stay below the top line.
        max += Math.Max(1, max / 20);
        var raw = (double)max / lines;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var whole = Math.Max(1, (int)Math.Round(step));
        return ((int)Math.Ceiling((double)max / whole) * whole, whole);
    }

    /// <summary>Every how many points a label is written on the time axis, so that about <paramref name="labels"/> fit.</summary>
    public static int LabelEvery(int points, int labels) => Math.Max(1, (int)Math.Ceiling((double)points / labels));
}
