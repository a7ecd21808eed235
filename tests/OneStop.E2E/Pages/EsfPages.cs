namespace OneStop.E2E.Pages;

/// <summary>The ESF entry and exit forms (Greek labels).</summary>
public sealed class EsfEntryPage(IPage page) : SiteLayout(page)
{
    public ILocator EntryDate => Page.GetByLabel("Ημερομηνία εισόδου");
    public ILocator Gender => Page.GetByLabel("Φύλο");
    public ILocator LabourStatus => Page.GetByLabel("Κατάσταση απασχόλησης κατά την είσοδο");
    public ILocator Isced => Page.GetByLabel("Εκπαίδευση (ISCED 0–8)");
    public ILocator Disability => Page.GetByLabel("Αναπηρία", new() { Exact = true });
    public ILocator Save => Page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση εισόδου" });
}

public sealed class EsfExitPage(IPage page) : SiteLayout(page)
{
    public ILocator ExitDate => Page.GetByLabel("Ημερομηνία εξόδου");
    public ILocator ExitSituation => Page.GetByLabel("Κατάσταση εντός 4 εβδομάδων από την έξοδο");
    public ILocator Qualification => Page.GetByLabel("Απέκτησε πιστοποίηση κατά την έξοδο");
    public ILocator Save => Page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση", Exact = true });
}

/// <summary>The ESF section of a person's file.</summary>
public sealed class EsfSection(IPage page) : SiteLayout(page)
{
    public ILocator Section => Page.Locator("#esf-participation");
    public ILocator NewEntry => Page.GetByRole(AriaRole.Link, new() { Name = "Νέα είσοδος ΕΚΤ" });

    public ILocator ExitLink(string entryDate) => Page.GetByRole(AriaRole.Link, new() { Name = $"Έξοδος της συμμετοχής με είσοδο στις {entryDate}" });
}
