using System.Text.RegularExpressions;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Navigation;

/// <summary>The main navigation: daily screens as links, the rest in menus, each link for the roles that use it (ADR 083).</summary>
public sealed partial class NavigationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<string> NavigationOfAsync(AppRole role)
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var email = await factory.UserAsync((role, structure));
        var page = await (await factory.BrowserAsync(email, TestData.Password)).GetTextAsync("/Structures");
        return NavPattern().Match(page).Value;
    }

    /// <summary>The items of the navigation's top level: links and menu titles.</summary>
    private static List<string> TopLevel(string nav) =>
        LinkPattern().Matches(MenuPattern().Replace(nav, "<a menu>$1</a>")).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Coordinator_SeesDailyScreensAndFourMenus()
    {
        var nav = await NavigationOfAsync(AppRole.Coordinator);

        Assert.Equal(["Σήμερα", "Μητρώο ωφελούμενων", "Υποθέσεις", "Υποστήριξη", "Αναφορές", "Δομή"], TopLevel(nav));
        Assert.Contains("href=\"/Reports/Activity\"", nav, StringComparison.Ordinal);
        Assert.Contains("href=\"/Staff\"", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Users\"", nav, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontDesk_HasNoReportsOrCases()
    {
        var nav = await NavigationOfAsync(AppRole.FrontDesk);

        Assert.Equal(["Σήμερα", "Μητρώο ωφελούμενων", "Υποστήριξη", "Δομή"], TopLevel(nav));
        Assert.DoesNotContain("href=\"/Reports/", nav, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", nav, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auditor_SeesReportsOnly()
    {
        var nav = await NavigationOfAsync(AppRole.Auditor);

        Assert.Equal(["Αναφορές", "Δομή"], TopLevel(nav));
        Assert.DoesNotContain("href=\"/Beneficiaries\"", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Reports/Quality\"", nav, StringComparison.Ordinal);
    }

    [GeneratedRegex("<nav aria-label=\"[^\"]*\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex NavPattern();

    /// <summary>A whole menu, to be read as one item with its title.</summary>
    [GeneratedRegex("<details class=\"menu\">\\s*<summary>([^<]+)</summary>.*?</details>", RegexOptions.Singleline)]
    private static partial Regex MenuPattern();

    [GeneratedRegex("<a [^>]*>([^<]+)</a>")]
    private static partial Regex LinkPattern();
}
