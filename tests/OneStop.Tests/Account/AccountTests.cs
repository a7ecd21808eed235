using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Account;

public sealed partial class AccountTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Login_FiveWrongPasswords_LocksOutEvenWithRightPassword()
    {
        var user = await factory.UserAsync((AppRole.FrontDesk, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var browser = NewBrowser();

        for (var i = 0; i < 5; i++)
        {
            var wrong = await browser.PostFormAsync("/Account/Login", new() { ["Input.Email"] = user, ["Input.Password"] = "Wrong-password-" + i });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await browser.PostFormAsync("/Account/Login", new() { ["Input.Email"] = user, ["Input.Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("κλειδ", await right.TextAsync(), StringComparison.OrdinalIgnoreCase);
        await using var scope = factory.Scope();
        var lockoutEnd = await factory.Db(scope).Users.Where(u => u.Email == user).Select(u => u.LockoutEnd).SingleAsync();
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task TwoFactor_EnabledThroughManagePage_SignInRequiresCode()
    {
        var user = await factory.UserAsync((AppRole.Caseworker, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var browser = await factory.BrowserAsync(user, TestData.Password);
        var setup = await browser.GetTextAsync("/Account/Manage/TwoFactor");
        var key = SharedKey().Match(setup).Groups[1].Value;
        Assert.Contains("data:image/svg+xml;base64,", setup);

        var wrong = await browser.PostFormAsync("/Account/Manage/TwoFactor", new() { ["Input.Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" });
        var enabled = await browser.PostFormAsync("/Account/Manage/TwoFactor", new() { ["Input.Code"] = Totp.Code(key) });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        var codesPage = await browser.GetTextAsync(enabled.Headers.Location!.ToString());
        var codes = RecoveryCode().Matches(codesPage).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        Assert.DoesNotContain(codes[0], await browser.GetTextAsync("/Account/Manage/RecoveryCodes"));

        var next = NewBrowser();
        var login = await next.PostFormAsync("/Account/Login", new() { ["Input.Email"] = user, ["Input.Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", login.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/Structures")).StatusCode);
        var second = await next.PostFormAsync(login.Headers.Location.ToString(), new() { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/Structures")).StatusCode);

        var api = factory.CreateClient();
        var withoutCode = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = user, password = TestData.Password });
        var withCode = await api.PostAsJsonAsync("/api/v1/auth/login", new { email = user, password = TestData.Password, twoFactorCode = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);

        var recovery = NewBrowser();
        var again = await recovery.PostFormAsync("/Account/Login", new() { ["Input.Email"] = user, ["Input.Password"] = TestData.Password });
        var byRecovery = await recovery.PostFormAsync("/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byRecovery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recovery.GetAsync("/Structures")).StatusCode);
    }

    [Fact]
    public async Task TwoFactor_Disable_SignInWithPasswordOnly()
    {
        var user = await factory.UserAsync((AppRole.Caseworker, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var browser = await factory.BrowserAsync(user, TestData.Password);
        var key = SharedKey().Match(await browser.GetTextAsync("/Account/Manage/TwoFactor")).Groups[1].Value;
        await browser.PostFormAsync("/Account/Manage/TwoFactor", new() { ["Input.Code"] = Totp.Code(key) });

        var disabled = await browser.PostFormAsync("/Account/Manage/TwoFactor?handler=Disable", []);

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        await factory.BrowserAsync(user, TestData.Password);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrent_ShowsErrorThenRightChanges()
    {
        var user = await factory.UserAsync((AppRole.FrontDesk, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var browser = await factory.BrowserAsync(user, TestData.Password);

        var wrong = await browser.PostFormAsync("/Account/Manage", new() { ["Input.CurrentPassword"] = "nope-nope-1", ["Input.NewPassword"] = "Another-password-7", ["Input.ConfirmPassword"] = "Another-password-7" });
        var differ = await browser.PostFormAsync("/Account/Manage", new() { ["Input.CurrentPassword"] = TestData.Password, ["Input.NewPassword"] = "Another-password-7", ["Input.ConfirmPassword"] = "Another-password-8" });
        var right = await browser.PostFormAsync("/Account/Manage", new() { ["Input.CurrentPassword"] = TestData.Password, ["Input.NewPassword"] = "Another-password-7", ["Input.ConfirmPassword"] = "Another-password-7" });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("field-validation-error", await wrong.TextAsync());
        Assert.Contains("δεν ταυτίζονται", await differ.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        await factory.BrowserAsync(user, "Another-password-7");
    }

    [Fact]
    public async Task AdminPage_ByCaseworker_RedirectsToAccessDenied()
    {
        var user = await factory.UserAsync((AppRole.Caseworker, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var browser = await factory.BrowserAsync(user, TestData.Password);

        var response = await browser.GetAsync("/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var denied = await browser.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Δεν επιτρέπεται η πρόσβαση", await denied.TextAsync());
    }

    private HttpClient NewBrowser() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [GeneratedRegex("data-key=\"([a-z2-7 ]+)\"")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
