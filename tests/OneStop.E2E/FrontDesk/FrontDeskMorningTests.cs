using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.FrontDesk;

/// <summary>A front-desk morning: a known person and an anonymous caller logged by keyboard, the daily card printed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FrontDeskMorningTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FrontDeskMorning_KeyboardOnly_LogsPersonAndAnonymousCallerAndPrintsCard()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο Κοινότητας {Guid.NewGuid().ToString("N")[..6]}");
        await fixture.Server.PersonAsync(structure, "Καραγιάννης", "Πέτρος", "23029237288");
        var email = await fixture.Server.FrontDeskUserAsync(structure);
        var page = await fixture.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync(email, FrontDeskArrange.Password);
        await Expect(new LoginPage(page).Heading).ToHaveTextAsync("Αρχική");
        var today = await new TodayPage(page).GotoAsync();
        await Expect(today.Search).ToBeFocusedAsync();
        await AssertAxeCleanAsync(page, "today-el");

        // A known person: type the name in Latin letters, Down, Enter, type the reason, Enter.
        await page.Keyboard.TypeAsync("karag");
        await Expect(today.Options.First).ToContainTextAsync("Καραγιάννης Πέτρος");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(today.Options.First).ToHaveAttributeAsync("aria-selected", "true");
        await fixture.Screenshots.TakeAsync(page, "today-search-el");
        await page.Keyboard.PressAsync("Enter");
        await Expect(today.Reason).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Βεβαίωση για επίδομα θέρμανσης");
        await page.Keyboard.PressAsync("Enter");

        await Expect(today.Saved).ToHaveTextAsync("Η επαφή καταχωρίστηκε.");
        await Expect(today.Rows).ToHaveCountAsync(1);
        await Expect(today.Rows.First).ToContainTextAsync("Καραγιάννης Πέτρος");
        await Expect(today.Rows.First).ToContainTextAsync("Βεβαίωση για επίδομα θέρμανσης");
        await Expect(today.Search).ToBeFocusedAsync();
        await Expect(today.Search).ToHaveValueAsync("");

        // An anonymous caller: Tab to the toggle, Space, Tab through gender and age band to the nationality.
        await page.Keyboard.PressAsync("Tab");
        await Expect(today.Anonymous).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(today.Nationality).ToBeFocusedAsync();
        // A Greek keyboard types "Αλβ" into the country list; Playwright sends non-Latin text as
        // insertText, which a select's type-ahead ignores, so the option is chosen directly here.
        await today.Nationality.SelectOptionAsync("AL");
        await page.Keyboard.PressAsync("Tab");
        await Expect(today.Reason).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Ωράριο λειτουργίας");
        await page.Keyboard.PressAsync("Enter");

        await Expect(today.Rows).ToHaveCountAsync(2);
        await Expect(today.Rows.Nth(1)).ToContainTextAsync("ανώνυμος (AL)");
        await Expect(today.Rows.Nth(1)).ToContainTextAsync("Ωράριο λειτουργίας");
        await fixture.Screenshots.TakeAsync(page, "today-two-contacts-el");
        await AssertAxeCleanAsync(page, "today-after-save-el");

        var download = await page.RunAndWaitForDownloadAsync(() => today.DailyCardPdfLink.ClickAsync());
        var path = Path.Combine(fixture.Screenshots.Folder, "daily-card.pdf");
        await download.SaveAsAsync(path);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(path))[..4]));

        await fixture.SetCultureAsync(page, "en-GB");
        await page.ReloadAsync();
        await Expect(today.Heading).ToHaveTextAsync("Today");
        await AssertAxeCleanAsync(page, "today-en");
    }

    private async Task AssertAxeCleanAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await fixture.Screenshots.TakeAsync(page, name);
        var result = await page.RunAxe();
        var findings = string.Join(Environment.NewLine, result.Violations.Select(v =>
            string.Create(CultureInfo.InvariantCulture, $"{v.Id} ({v.Impact}): {v.Help} → {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.True(result.Violations.Length == 0, $"axe on {name}:{Environment.NewLine}{findings}");
    }
}
