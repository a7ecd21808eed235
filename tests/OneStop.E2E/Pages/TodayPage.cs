namespace OneStop.E2E.Pages;

/// <summary>/FrontDesk/Today: the quick-entry row and the day's contacts, labelled in Greek.</summary>
public sealed class TodayPage(IPage page) : SiteLayout(page)
{
    public ILocator Search => Page.GetByRole(AriaRole.Combobox, new() { Name = "Πρόσωπο (όνομα, ΑΜΚΑ, ΑΦΜ ή τηλέφωνο)" });

    public ILocator Options => Page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option);

    public ILocator Reason => Page.GetByLabel("Λόγος προσέλευσης", new() { Exact = true });

    public ILocator Anonymous => Page.GetByRole(AriaRole.Checkbox, new() { Name = "Ανώνυμη επαφή" });

    public ILocator Nationality => Page.GetByLabel("Υπηκοότητα", new() { Exact = true });

    public ILocator Saved => Page.Locator("#quick-entry-status");

    public ILocator Rows => Page.Locator("table.visits tbody tr");

    public ILocator DailyCardPdfLink => Page.GetByRole(AriaRole.Link, new() { Name = "Ημερήσια καρτέλα (PDF)" });

    public async Task<TodayPage> GotoAsync()
    {
        await Page.GotoAsync("/FrontDesk/Today");
        return this;
    }
}
