namespace OneStop.E2E.Pages;

/// <summary>The public portal's pages, by role and label, in Greek.</summary>
public sealed class PortalPages(IPage page) : SiteLayout(page)
{
    public ILocator PortalNavigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Πύλη" });

    public ILocator Structure(string name) => Page.GetByRole(AriaRole.Article, new() { Name = name });

    public ILocator Entitled => PortalNavigation.GetByRole(AriaRole.Link, new() { Name = "Τι μπορεί να δικαιούμαι;" });

    public ILocator Income => Page.GetByLabel("Ετήσιο εισόδημα του νοικοκυριού");

    public ILocator ChildrenUnder6 => Page.GetByLabel("Από αυτά, παιδιά κάτω των 6");

    public ILocator Renting => Page.GetByRole(AriaRole.Radio, new() { Name = "Ενοίκιο" });

    public ILocator NoDisability => Page.GetByRole(AriaRole.Group, new() { Name = "Έχει κάποιο μέλος του νοικοκυριού πιστοποιημένη αναπηρία;" }).GetByRole(AriaRole.Radio, new() { Name = "Όχι" });

    public ILocator Unemployed => Page.GetByRole(AriaRole.Radio, new() { Name = "Άνεργος/η" });

    public ILocator ShowProgrammes => Page.GetByRole(AriaRole.Button, new() { Name = "Εμφάνιση προγραμμάτων" });

    public ILocator Results => Page.Locator("section.results");

    public ILocator AskAppointment => Page.GetByRole(AriaRole.Link, new() { Name = "Ζητήστε ραντεβού για αυτά" });

    public ILocator StructureChoice => Page.GetByLabel("Δομή", new() { Exact = true });

    public ILocator Name => Page.GetByLabel("Το όνομά σας");

    public ILocator Phone => Page.GetByLabel("Τηλέφωνο");

    public ILocator Topic => Page.GetByLabel("Για ποιο θέμα;");

    public ILocator Consent => Page.GetByRole(AriaRole.Checkbox, new() { Name = "Διάβασα την ενημέρωση" });

    public ILocator Send => Page.GetByRole(AriaRole.Button, new() { Name = "Αποστολή αιτήματος" });

    public ILocator Sent => Page.GetByTestId("request-sent");
}
