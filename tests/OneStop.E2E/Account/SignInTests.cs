using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Account;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignIn_AdminInGreek_LandsOnHomePage()
    {
        var page = await fixture.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        await Expect(login.Heading).ToHaveTextAsync("Σύνδεση");
        await fixture.Screenshots.TakeAsync(page, "login-el");

        await login.SignInAsync(AppServer.AdminEmail, AppServer.AdminPassword);

        await Expect(page).ToHaveURLAsync(fixture.Server.BaseAddress.ToString());
        await Expect(login.Heading).ToHaveTextAsync("Αρχική");
        await Expect(login.SignOutButton).ToBeVisibleAsync();
        await new SiteLayout(page).OpenMenuAsync("Δομή");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Δομές", Exact = true })).ToBeVisibleAsync();
        await fixture.Screenshots.TakeAsync(page, "home-el");
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsGreekErrorAndKeepsEmail()
    {
        var page = await fixture.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();

        await login.SignInAsync(AppServer.AdminEmail, "Not-The-Password-9");

        await Expect(login.Error).ToContainTextAsync("Λάθος e-mail ή κωδικός πρόσβασης.");
        await Expect(login.Email).ToHaveValueAsync(AppServer.AdminEmail);
        await Expect(login.Password).ToHaveValueAsync("");
        await Expect(login.Heading).ToHaveTextAsync("Σύνδεση");
        await fixture.Screenshots.TakeAsync(page, "login-wrong-password-el");
    }

    [Fact]
    public async Task SignOut_SignedInAdmin_ReturnsToSignInAndLocksPages()
    {
        var page = await fixture.AdminPageAsync();
        var layout = new SiteLayout(page);

        await layout.SignOutButton.ClickAsync();

        var login = new LoginPage(page);
        await Expect(login.Heading).ToHaveTextAsync("Σύνδεση");
        await Expect(layout.SignOutButton).ToHaveCountAsync(0);
        await page.GotoAsync("/Structures");
        await Expect(login.SignInButton).ToBeVisibleAsync();
    }
}
