namespace OneStop.E2E.Pages;

/// <summary>What every page shares: the main heading, the language switch and the flash message.</summary>
public class SiteLayout(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Notice => page.GetByRole(AriaRole.Status);

    public ILocator SwitchToEnglishButton => page.GetByRole(AriaRole.Button, new() { Name = "English", Exact = true });

    public ILocator SwitchToGreekButton => page.GetByRole(AriaRole.Button, new() { Name = "Ελληνικά", Exact = true });

    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Αποσύνδεση", Exact = true });

    public ILocator Navigation => page.GetByRole(AriaRole.Navigation);

    /// <summary>Opens a menu of the main navigation by its title (ADR 083), as a keyboard user would: focus and Enter.</summary>
    public async Task OpenMenuAsync(string title)
    {
        var summary = page.Locator("header nav summary", new() { HasText = title });
        await summary.FocusAsync();
        await summary.PressAsync("Enter");
    }

    public Task SwitchToEnglishAsync() => SwitchToEnglishButton.ClickAsync();

    public Task SwitchToGreekAsync() => SwitchToGreekButton.ClickAsync();
}
