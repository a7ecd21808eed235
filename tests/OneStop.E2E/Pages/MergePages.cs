namespace OneStop.E2E.Pages;

/// <summary>/Beneficiaries/Duplicates, in Greek.</summary>
public sealed class DuplicatesPage(IPage page) : SiteLayout(page)
{
    public async Task<DuplicatesPage> GotoAsync()
    {
        await Page.GotoAsync("/Beneficiaries/Duplicates");
        return this;
    }

    public ILocator MergeLink(string firstPersonName) =>
        Page.GetByRole(AriaRole.Link, new() { Name = $"Συγχώνευση των καρτελών: {firstPersonName}", Exact = true });
}

/// <summary>/Beneficiaries/Merge: the two records side by side, a radio per differing field.</summary>
public sealed class MergePage(IPage page) : SiteLayout(page)
{
    public ILocator Fields => Page.GetByRole(AriaRole.Table, new() { Name = "Επιλέξτε την τιμή που θα κρατηθεί σε κάθε πεδίο" });

    /// <summary>The radio whose label is the value shown in the row of that field.</summary>
    public ILocator Choice(string field, string value) =>
        Fields.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = field, Exact = true }) })
            .GetByRole(AriaRole.Radio, new() { Name = value, Exact = true });

    public Task ConfirmAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Συγχώνευση καρτελών", Exact = true }).ClickAsync();
}

/// <summary>/Beneficiaries/Merge/Undo/{id}: a merge done, and the way back.</summary>
public sealed class MergeSummaryPage(IPage page) : SiteLayout(page)
{
    public ILocator UndoButton => Page.GetByRole(AriaRole.Button, new() { Name = "Αναίρεση συγχώνευσης", Exact = true });

    public ILocator Value(string term) => Page.Locator($"dl.details dt:text-is(\"{term}\") + dd");
}
