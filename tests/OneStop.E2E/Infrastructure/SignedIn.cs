using OneStop.E2E.Pages;

namespace OneStop.E2E.Infrastructure;

public static class SignedIn
{
    /// <summary>
    /// A new page with the administrator signed in through the (Greek) login form, then switched to
    /// <paramref name="culture"/>; the page is left on the home page.
    /// </summary>
    public static async Task<IPage> AdminPageAsync(this BrowserFixture fixture, string culture = "el-GR")
    {
        var page = await fixture.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        await login.SignInAsync(AppServer.AdminEmail, AppServer.AdminPassword);
        await Expect(login.Heading).ToHaveTextAsync("Αρχική");
        if (culture != "el-GR")
        {
            await fixture.SetCultureAsync(page, culture);
        }

        return page;
    }
}
