namespace OneStop.Tests.Architecture;

/// <summary>
/// One name per area in every tree (ADR 091): what README's "Development" section says about the
/// layout is checked here, so it stays true.
/// </summary>
public sealed class AreaTests
{
    // Folders of Features/ that are not areas: the access rule, the menu, shared helpers, seeding.
    private static readonly string[] NotAreas = ["Access", "Common", "Navigation", "Seeding"];

    private static IReadOnlySet<string> Areas { get; } =
        Source.Folders("src/OneStop.Web/Features").Except(NotAreas).Append("Account").ToHashSet();

    [Fact]
    public void Pages_ApiAndResources_UseAnAreaName()
    {
        var pages = Source.Folders("src/OneStop.Web/Pages").Except(["Shared"]);
        var api = Directory.EnumerateFiles(Path.Combine(Source.Web, "Api"), "*Endpoints.cs").Select(f => Path.GetFileName(f)[..^"Endpoints.cs".Length]);
        var resources = Directory.EnumerateFiles(Path.Combine(Source.Web, "Resources"), "*Resource.resx")
            .Select(f => Path.GetFileName(f)[..^"Resource.resx".Length]).Except(["Shared"]);

        var strays = pages.Select(p => $"Pages/{p}")
            .Concat(api.Select(a => $"Api/{a}Endpoints.cs"))
            .Concat(resources.Select(r => $"Resources/{r}Resource.resx"))
            .Where(p => !Areas.Contains(p.Split('/')[1].Replace("Endpoints.cs", "", StringComparison.Ordinal).Replace("Resource.resx", "", StringComparison.Ordinal)))
            .ToList();

        Assert.True(strays.Count == 0, "Not named after an area of Features/:\n" + string.Join('\n', strays));
    }

    [Fact]
    public void Tests_MirrorTheAreas()
    {
        string[] others = ["Access", "Architecture", "Domain", "Exports", "Hosting", "Infrastructure", "Navigation"];
        var strays = Source.Folders("tests/OneStop.Tests").Where(f => !Areas.Contains(f) && !others.Contains(f)).ToList();

        Assert.True(strays.Count == 0, "Test folders that are not an area:\n" + string.Join('\n', strays));
    }

    [Fact]
    public void EveryArea_RegistersItsServicesInOneModule_ListedByTheCompositionRoot()
    {
        var modules = File.ReadAllText(Path.Combine(Source.Web, "Setup", "Modules.cs"));
        var missing = Areas.Except(["Account"])
            .Where(a => !File.Exists(Path.Combine(Source.Web, "Features", a, $"{a}Module.cs")) || !modules.Contains($"Add{a}Module()", StringComparison.Ordinal))
            .ToList();
        var scattered = Directory.EnumerateFiles(Path.Combine(Source.Web, "Setup"), "*Services.cs").Select(Path.GetFileName).ToList();

        Assert.True(missing.Count == 0, "Areas without a Features/<Area>/<Area>Module.cs listed in Setup/Modules.cs:\n" + string.Join('\n', missing));
        Assert.Empty(scattered);
    }
}
