using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Shared;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SwitchLanguage_ToEnglishAndBack_TextsChangeAndChoicePersistsAcrossPages()
    {
        var page = await fixture.AdminPageAsync();
        var layout = new SiteLayout(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "el");

        await layout.SwitchToEnglishAsync();

        await Expect(layout.Heading).ToHaveTextAsync("Home");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(layout.SwitchToGreekButton).ToBeVisibleAsync();
        await Expect(layout.SwitchToEnglishButton).ToHaveCountAsync(0);
        await fixture.Screenshots.TakeAsync(page, "home-en");

        await layout.OpenMenuAsync("Centre");
        await page.GetByRole(AriaRole.Link, new() { Name = "Structures", Exact = true }).ClickAsync();
        await Expect(layout.Heading).ToHaveTextAsync("Structures");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "New structure", Exact = true })).ToBeVisibleAsync();
        await page.GotoAsync("/Structures/Create");
        await Expect(layout.Heading).ToHaveTextAsync("New structure");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true })).ToBeVisibleAsync();

        await layout.SwitchToGreekAsync();

        await Expect(page).ToHaveURLAsync(new Uri(fixture.Server.BaseAddress, "/Structures/Create").ToString());
        await Expect(layout.Heading).ToHaveTextAsync("Νέα δομή");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "el");
        var list = await new StructureListPage(page).GotoAsync();
        await Expect(list.Heading).ToHaveTextAsync("Δομές");
        await Expect(list.NewStructureLink).ToBeVisibleAsync();
        await Expect(layout.SwitchToEnglishButton).ToBeVisibleAsync();
    }
}
