namespace OneStop.E2E.Pages;

/// <summary>/Beneficiaries: the search-first registry.</summary>
public sealed class RegistrySearchPage(IPage page) : SiteLayout(page)
{
    public ILocator SearchBox => Page.GetByLabel("Αναζήτηση ατόμου", new() { Exact = true });

    public ILocator Results => Page.Locator("#results");

    public ILocator RegisterNewLink => Page.GetByRole(AriaRole.Link, new() { Name = "Καταχώριση νέου ατόμου", Exact = true });

    public async Task<RegistrySearchPage> GotoAsync()
    {
        await Page.GotoAsync("/Beneficiaries");
        return this;
    }
}

/// <summary>/Beneficiaries/Register: the registration form, labelled in Greek.</summary>
public sealed class RegisterPersonPage(IPage page) : SiteLayout(page)
{
    public ILocator LastName => Field("Επώνυμο");

    public ILocator FirstName => Field("Όνομα");

    public ILocator FatherName => Field("Πατρώνυμο");

    public ILocator LatinLastName => Field("Επώνυμο με λατινικούς χαρακτήρες");

    public ILocator LatinFirstName => Field("Όνομα με λατινικούς χαρακτήρες");

    public ILocator BirthDate => Page.Locator("#Input_BirthDate");

    public ILocator Amka => Field("ΑΜΚΑ");

    public ILocator Nationality => Field("Υπηκοότητα");

    public ILocator PrivacyNotice => Page.GetByRole(AriaRole.Checkbox, new() { Name = "Δόθηκε στο άτομο η ενημέρωση για την προστασία δεδομένων", Exact = true });

    public ILocator RegisterButton => Page.GetByRole(AriaRole.Button, new() { Name = "Καταχώριση", Exact = true });

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    /// <summary>The message shown under the field with this label.</summary>
    public ILocator ErrorFor(string label) =>
        Page.Locator("div.field").Filter(new() { Has = Page.GetByLabel(label, new() { Exact = true }) }).Locator(".field-error");
}

/// <summary>/Beneficiaries/Details/{id}: a person's file.</summary>
public sealed class PersonFilePage(IPage page) : SiteLayout(page)
{
    public ILocator Value(string term) =>
        Page.Locator("dl.facts dt", new() { HasTextString = term }).Locator("xpath=following-sibling::dd[1]").First;
}
