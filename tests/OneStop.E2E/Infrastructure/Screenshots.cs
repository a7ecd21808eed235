using System.Globalization;

namespace OneStop.E2E.Infrastructure;

/// <summary>Full-page PNGs of every visited page, for a person to look at after the run.</summary>
public sealed class Screenshots
{
    private int counter;

    public Screenshots()
    {
        // Numbered from 01 on every run: the previous run's pictures would only mislead.
        if (Directory.Exists(Folder))
        {
            foreach (var old in Directory.EnumerateFiles(Folder, "??-*.png"))
            {
                File.Delete(old);
            }
        }
    }

    public string Folder { get; } = Environment.GetEnvironmentVariable("ONESTOP_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var number = Interlocked.Increment(ref counter).ToString("D2", CultureInfo.InvariantCulture);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{number}-{name}.png"), FullPage = true });
    }
}
