namespace OneStop.E2E.Pages;

/// <summary>/Account/Login, in Greek.</summary>
public sealed class LoginPage(IPage page) : SiteLayout(page)
{
    public ILocator Email => Page.GetByLabel("E-mail", new() { Exact = true });

    public ILocator Password => Page.GetByLabel("Κωδικός πρόσβασης", new() { Exact = true });

    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new() { Name = "Σύνδεση", Exact = true });

    /// <summary>The error summary above the form (role=alert).</summary>
    public ILocator Error => Page.GetByRole(AriaRole.Alert);

    public async Task<LoginPage> GotoAsync()
    {
        await Page.GotoAsync("/Account/Login");
        return this;
    }

    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }
}
