namespace OneStop.E2E.Pages;

/// <summary>The referral form, a referral's page and the inbox, in Greek.</summary>
public sealed class ReferralPages(IPage page) : SiteLayout(page)
{
    public ILocator ReferButton => Page.GetByRole(AriaRole.Link, new() { Name = "Παραπομπή", Exact = true });

    public ILocator ToStructure => Page.GetByLabel("Προς δομή (εισερχόμενα)");

    public ILocator Reason => Page.GetByLabel("Λόγος παραπομπής");

    public ILocator Send => Page.GetByRole(AriaRole.Button, new() { Name = "Αποστολή παραπομπής" });

    public ILocator Status => Page.Locator("#referral-status");

    public ILocator Outcome => Page.GetByLabel("Αποτέλεσμα");

    public ILocator PersonReferrals => Page.Locator("#referrals-slot");

    public ILocator Action(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
}
