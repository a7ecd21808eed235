using System.Globalization;
using System.Text;
using OneStop.E2E.Infrastructure;

namespace OneStop.E2E.Portal;

/// <summary>
/// Every public page, loaded cold on a phone-sized screen, weighs under 200 KB of HTML, CSS and
/// JavaScript (bytes over the wire: headers and bodies) and asks nothing of another site.
/// The table is written next to the screenshots (page-weights.md) for docs/benchmarks.md.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalPageWeightTests(BrowserFixture fixture)
{
    private const long Limit = 200 * 1024;

    [Fact]
    public async Task PublicPages_ColdLoadOnAPhone_UnderTwoHundredKilobytesAndNoThirdParties()
    {
        var municipalityName = await fixture.Server.MunicipalityAsync("Δήμος Βάρους");
        var municipality = (await fixture.Server.MunicipalityIdAsync(municipalityName)).ToString(CultureInfo.InvariantCulture);
        var structure = (await fixture.Server.FullStructureAsync(municipalityName, $"Κέντρο Κοινότητας Βάρους {Guid.NewGuid().ToString("N")[..6]}")).ToString(CultureInfo.InvariantCulture);
        var table = new StringBuilder("| page | language | HTML | CSS | JS | total |\n|---|---|---:|---:|---:|---:|\n");
        var problems = new StringBuilder();

        // Greek only: its pages are the heavier ones (longer words, two bytes a letter in UTF-8).
        foreach (var culture in new[] { "el-GR" })
        {
            foreach (var path in new[] { "/p", $"/p/{municipality}", $"/p/{municipality}/structures/{structure}", $"/p/{municipality}/programmes", $"/p/{municipality}/entitled", $"/p/{municipality}/appointment", "/p/accessibility" })
            {
                var page = await fixture.NewPageAsync(culture);
                await page.SetViewportSizeAsync(390, 844);
                var sizes = new List<(string Type, long Bytes, string Url)>();
                var finished = new List<Task>();
                page.RequestFinished += (_, request) => finished.Add(Task.Run(async () =>
                {
                    var s = await request.SizesAsync();
                    lock (sizes)
                    {
                        sizes.Add((request.ResourceType, s.ResponseHeadersSize + s.ResponseBodySize, request.Url));
                    }
                }));
                await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
                await Task.WhenAll(finished.ToArray());
                await page.Context.CloseAsync();

                long Of(string type) => sizes.Where(s => s.Type == type).Sum(s => s.Bytes);
                var (html, css, js) = (Of("document"), Of("stylesheet"), Of("script"));
                var total = html + css + js;
                table.Append(CultureInfo.InvariantCulture, $"| `{Shape(path, municipality, structure)}` | {culture[..2]} | {Kb(html)} | {Kb(css)} | {Kb(js)} | {Kb(total)} |\n");
                if (total >= Limit)
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{path} ({culture}) weighs {total} bytes");
                }

                foreach (var foreign in sizes.Where(s => !s.Url.StartsWith(fixture.Server.BaseAddress.ToString(), StringComparison.Ordinal)))
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"{path} loads {foreign.Url}");
                }
            }
        }

        Directory.CreateDirectory(fixture.Screenshots.Folder);
        await File.WriteAllTextAsync(Path.Combine(fixture.Screenshots.Folder, "page-weights.md"), table.ToString());
        Assert.True(problems.Length == 0, problems.ToString());
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static string Shape(string path, string municipality, string structure) =>
        path.Replace($"/structures/{structure}", "/structures/{id}", StringComparison.Ordinal).Replace($"/p/{municipality}", "/p/{municipality}", StringComparison.Ordinal);
}
