using System.Net;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Admin;

public sealed class UsersPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Create_ValidForm_RedirectsToEditAndUserIsListed()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);
        var email = $"form-{Guid.NewGuid():N}@test.local";

        var response = await browser.PostFormAsync("/Admin/Users/Create", new()
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Γιώργος Νικολάου",
            ["Input.Password"] = "Form-password-42",
            ["Input.Roles[0].Role"] = "Coordinator",
            ["Input.Roles[0].StructureId"] = structure.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Admin/Users/Edit/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var edit = await browser.GetTextAsync(response.Headers.Location);
        Assert.Contains("Γιώργος Νικολάου", edit);
        Assert.Contains("Συντονιστής", edit);
        Assert.Contains(email, await browser.GetTextAsync("/Admin/Users"));
        await factory.BrowserAsync(email, "Form-password-42");
    }

    [Fact]
    public async Task Create_InvalidForm_ReturnsFilledFormWithMessages()
    {
        var browser = await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);

        var response = await browser.PostFormAsync("/Admin/Users/Create", new()
        {
            ["Input.Email"] = "not-an-email",
            ["Input.DisplayName"] = "Κατερίνα",
            ["Input.Password"] = "Form-password-42",
            ["Input.Roles[0].Role"] = "Caseworker",
            ["Input.Roles[0].StructureId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("value=\"Κατερίνα\"", html);
        Assert.Contains("field-validation-error", html);
    }

    [Fact]
    public async Task Edit_AddRemoveRoleAndDisable_Saved()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var user = await factory.UserAsync((AppRole.FrontDesk, structure));
        var id = await IdOfAsync(user);
        var browser = await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);
        var url = $"/Admin/Users/Edit/{id}";
        var structureText = structure.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var added = await browser.PostFormAsync(url + "?handler=Add", new() { ["Input.Role"] = "Caseworker", ["Input.StructureId"] = structureText });
        var removed = await browser.PostFormAsync(url + "?handler=Remove", new() { ["role"] = "FrontDesk", ["structureId"] = structureText });
        var disabled = await browser.PostFormAsync(url + "?handler=Disable", []);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        await using var scope = factory.Scope();
        var saved = await factory.Db(scope).Users.Include(u => u.RoleAssignments).SingleAsync(u => u.Id == id);
        Assert.True(saved.IsDisabled);
        Assert.Equal(AppRole.Caseworker, Assert.Single(saved.RoleAssignments).Role);
    }

    [Fact]
    public async Task Edit_UserOfOtherMunicipality_ByScopedAdmin_NotFound()
    {
        var own = await factory.StructureAsync(await factory.MunicipalityAsync());
        var admin = await factory.UserAsync((AppRole.Administrator, own));
        var stranger = await factory.UserAsync((AppRole.Caseworker, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var browser = await factory.BrowserAsync(admin, TestData.Password);

        var response = await browser.GetAsync($"/Admin/Users/Edit/{await IdOfAsync(stranger)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(stranger, await browser.GetTextAsync("/Admin/Users"));
    }

    [Fact]
    public async Task ResetPassword_Form_NewPasswordWorks()
    {
        var user = await factory.UserAsync((AppRole.FrontDesk, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var browser = await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);

        var response = await browser.PostFormAsync($"/Admin/Users/ResetPassword/{await IdOfAsync(user)}", new() { ["Input.Password"] = "Reset-password-31" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.BrowserAsync(user, "Reset-password-31");
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
