using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Account;

public sealed class LoginPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Login_WrongPassword_ShowsGreekMessageAndKeepsEmail()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = AppFactory.AdminEmail, ["Input.Password"] = "wrong-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Λάθος e-mail ή κωδικός πρόσβασης", html);
        Assert.Contains($"value=\"{AppFactory.AdminEmail}\"", html);
    }

    [Fact]
    public async Task Login_EmptyFields_ShowsMessagePerField()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "", ["Input.Password"] = "" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Το πεδίο «E-mail» είναι υποχρεωτικό.", html);
        Assert.Contains("Το πεδίο «Κωδικός πρόσβασης» είναι υποχρεωτικό.", html);
        Assert.Matches("<input[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"Input_Email-error\"", html);
        Assert.Contains("id=\"Input_Email-error\"", html);
    }

    [Fact]
    public async Task Home_Anonymous_RedirectsToLogin()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Culture_SwitchToEnglish_RemembersTheChoice()
    {
        var client = await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);
        Assert.Contains("<h1>Δομές</h1>", await client.GetStringAsync("/Structures"));

        var switched = await client.PostFormToAsync("/Structures", "/Culture", new() { ["culture"] = "en-GB", ["returnUrl"] = "/Structures" });
        var html = await client.GetStringAsync("/Structures");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/Structures", switched.Headers.Location?.OriginalString);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h1>Structures</h1>", html);
    }
}
