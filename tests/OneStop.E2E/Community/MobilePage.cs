namespace OneStop.E2E.Community;

/// <summary>/mobile/: the offline app of the mobile units, labelled in Greek.</summary>
public sealed class MobilePage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Connection => Page.Locator("#m-connection");

    public ILocator Anonymous => Page.GetByRole(AriaRole.Checkbox, new() { Name = "Ανώνυμη (μόνο φύλο και ηλικιακή ομάδα)" });

    public ILocator Person => Page.GetByLabel("Πρόσωπο", new() { Exact = true });

    public ILocator Gender => Page.GetByLabel("Φύλο", new() { Exact = true });

    public ILocator AgeBand => Page.GetByLabel("Ηλικιακή ομάδα", new() { Exact = true });

    public ILocator PeopleCount => Page.GetByLabel("Αριθμός ατόμων", new() { Exact = true });

    public ILocator Reason => Page.GetByLabel("Αίτημα", new() { Exact = true });

    public ILocator SaveContact => Page.Locator("#m-contact").GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση στη συσκευή" });

    public ILocator Household => Page.GetByLabel("Νοικοκυριό", new() { Exact = true });

    public ILocator Eligibility => Page.Locator("#m-eligibility");

    public ILocator Parcels => Page.GetByLabel("Δέματα", new() { Exact = true });

    public ILocator Items => Page.GetByLabel("Είδη", new() { Exact = true });

    public ILocator Canvas => Page.Locator("#m-canvas");

    public ILocator SaveDistribution => Page.Locator("#m-distribution").GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση στη συσκευή" });

    public ILocator Waiting => Page.Locator("#m-outbox-count");

    public ILocator Sent => Page.Locator("#m-synced li");

    public ILocator SyncNow => Page.GetByRole(AriaRole.Button, new() { Name = "Συγχρονισμός τώρα" });

    public ILocator SyncStatus => Page.Locator("#m-sync-status");

    public async Task<MobilePage> GotoAsync()
    {
        await Page.GotoAsync("/mobile/");
        return this;
    }

    /// <summary>Draws a short stroke on the signature canvas with the mouse.</summary>
    public async Task SignAsync()
    {
        await Canvas.ScrollIntoViewIfNeededAsync();
        var box = (await Canvas.BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(box.X + 20, box.Y + 40);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(box.X + 120, box.Y + 80, new() { Steps = 5 });
        await Page.Mouse.MoveAsync(box.X + 220, box.Y + 30, new() { Steps = 5 });
        await Page.Mouse.UpAsync();
    }
}
