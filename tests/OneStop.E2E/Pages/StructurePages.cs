using System.Text.RegularExpressions;

namespace OneStop.E2E.Pages;

/// <summary>/Structures: the list of structures the user may see.</summary>
public sealed class StructureListPage(IPage page) : SiteLayout(page)
{
    public ILocator NewStructureLink => Page.GetByRole(AriaRole.Link, new() { Name = "Νέα δομή", Exact = true });

    public ILocator StructureLink(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public async Task<StructureListPage> GotoAsync()
    {
        await Page.GotoAsync("/Structures");
        return this;
    }
}

/// <summary>/Structures/Create and /Structures/Edit/{id}: the structure form, labelled in Greek.</summary>
public sealed class StructureFormPage(IPage page) : SiteLayout(page)
{
    public ILocator Name => Field("Επωνυμία");

    public ILocator Type => Field("Τύπος");

    public ILocator Municipality => Field("Δήμος");

    public ILocator Address => Field("Διεύθυνση");

    public ILocator Phone => Field("Τηλέφωνο");

    public ILocator Email => Field("E-mail");

    public ILocator SaveButton => Page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση", Exact = true });

    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert);

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    public ILocator AccessibilityFeature(string label) => Page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });

    /// <summary>The message shown under the field with this label.</summary>
    public ILocator ErrorFor(string label) =>
        Page.Locator("div.field").Filter(new() { Has = Page.GetByLabel(label, new() { Exact = true }) }).Locator(".field-error");

    public async Task<StructureFormPage> GotoCreateAsync()
    {
        await Page.GotoAsync("/Structures/Create");
        return this;
    }

    public async Task SelectTypeAsync(string label) => await Type.SelectOptionAsync(new SelectOptionValue { Label = label });

    public async Task SelectMunicipalityAsync(string label) => await Municipality.SelectOptionAsync(new SelectOptionValue { Label = label });

    public Task SaveAsync() => SaveButton.ClickAsync();
}

/// <summary>/Structures/Details/{id}.</summary>
public sealed class StructureDetailsPage(IPage page) : SiteLayout(page)
{
    /// <summary>The value next to a term of the details list, e.g. "Τηλέφωνο".</summary>
    public ILocator Value(string term) =>
        Page.Locator("dl.details dt", new() { HasTextRegex = Whole(term) }).Locator("xpath=following-sibling::dd[1]");

    public ILocator AccessibilityFeature(string label) => Page.GetByRole(AriaRole.Listitem).Filter(new() { HasTextRegex = Whole(label) });

    public ILocator EditHoursLink => Page.GetByRole(AriaRole.Link, new() { Name = "Ωράριο λειτουργίας", Exact = true });

    public ILocator EditServicesLink => Page.GetByRole(AriaRole.Link, new() { Name = "Υπηρεσίες", Exact = true });

    /// <summary>The id in the address, e.g. 7 for /Structures/Details/7.</summary>
    private static Regex Whole(string text) => new($"^\\s*{Regex.Escape(text)}\\s*$");

    public int Id => int.Parse(new Uri(Page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
}
