using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Registry;

[Collection(BrowserCollection.Name)]
public sealed class RegisterPersonTests(BrowserFixture fixture)
{
    private const string Password = "FrontDesk-Password-1";

    [Fact]
    public async Task Register_AfterCorrectingAWrongAmka_OpensTheNewFile()
    {
        var email = await FrontDeskUserAsync();
        var page = await fixture.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        await login.SignInAsync(email, Password);
        await Expect(login.Heading).ToHaveTextAsync("Αρχική");
        var findings = new StringBuilder();

        var search = await new RegistrySearchPage(page).GotoAsync();
        await CheckAsync(page, "registry-index-el", findings);
        await search.SearchBox.PressSequentiallyAsync("Ρήγα Αικατερίνη");
        await Expect(search.Results).ToContainTextAsync("Δεν βρέθηκε κανείς για «Ρήγα Αικατερίνη».");
        await search.RegisterNewLink.ClickAsync();

        var form = new RegisterPersonPage(page);
        await Expect(form.Heading).ToHaveTextAsync("Καταχώριση ατόμου");
        await Expect(form.LastName).ToHaveValueAsync("Ρήγα");
        await Expect(form.FirstName).ToHaveValueAsync("Αικατερίνη");
        await CheckAsync(page, "registry-register-el", findings);
        await Expect(form.LatinLastName).ToHaveValueAsync("RIGA");
        await form.FirstName.FillAsync("Κατερίνα");
        await form.FatherName.FocusAsync();
        await Expect(form.LatinFirstName).ToHaveValueAsync("KATERINA");
        await form.FatherName.FillAsync("Γεώργιος");
        await form.BirthDate.FillAsync("2001-06-22");
        await form.Amka.FillAsync("22060178907");
        await form.Nationality.SelectOptionAsync(new SelectOptionValue { Label = "Ελλάδα" });
        await form.PrivacyNotice.CheckAsync();
        await form.RegisterButton.ClickAsync();

        await Expect(form.ErrorFor("ΑΜΚΑ")).ToContainTextAsync("το ψηφίο ελέγχου είναι λάθος");
        await Expect(form.LastName).ToHaveValueAsync("Ρήγα");
        await Expect(form.FatherName).ToHaveValueAsync("Γεώργιος");
        await Expect(form.PrivacyNotice).ToBeCheckedAsync();
        await CheckAsync(page, "registry-register-error-el", findings);
        await form.Amka.FillAsync("22060178906");
        await form.RegisterButton.ClickAsync();

        var file = new PersonFilePage(page);
        await Expect(file.Heading).ToHaveTextAsync("Ρήγα Κατερίνα");
        await Expect(file.Notice).ToHaveTextAsync("Το άτομο καταχωρίστηκε.");
        await Expect(file.Value("ΑΜΚΑ")).ToHaveTextAsync("22060178906");
        await Expect(file.Value("Υπηκοότητα")).ToHaveTextAsync("Ελλάδα");
        await CheckAsync(page, "registry-details-el", findings);
        Assert.True(findings.Length == 0, findings.ToString());
    }

    [Fact]
    public async Task RunAxe_RegistryPagesInEnglish_FindNoViolations()
    {
        var email = await FrontDeskUserAsync();
        var page = await fixture.NewPageAsync("en-GB");
        await page.GotoAsync("/Account/Login");
        await page.Locator("input[type=email]").FillAsync(email);
        await page.Locator("input[type=password]").FillAsync(Password);
        await page.Locator("form.stacked button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await fixture.SetCultureAsync(page, "en-GB");
        var findings = new StringBuilder();

        await page.GotoAsync("/Beneficiaries/Register?q=" + Uri.EscapeDataString("Smith John"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Register a person");
        await CheckAsync(page, "registry-register-en", findings);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Smith John");
        await CheckAsync(page, "registry-details-en", findings);
        await page.GotoAsync("/Beneficiaries?q=smith");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Smith John" })).ToBeVisibleAsync();
        await CheckAsync(page, "registry-index-en", findings);
        Assert.True(findings.Length == 0, findings.ToString());
    }

    private async Task CheckAsync(IPage page, string name, StringBuilder findings)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await fixture.Screenshots.TakeAsync(page, name);
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on {name} ({page.Url})");
        foreach (var violation in result.Violations)
        {
            var targets = string.Join(" | ", violation.Nodes.Select(n => n.Target?.ToString()));
            findings.AppendLine(CultureInfo.InvariantCulture, $"[{name}] {violation.Id} ({violation.Impact}): {violation.Help} → {targets}");
        }
    }

    /// <summary>A FrontDesk user of a new community centre in a new municipality; returns the e-mail.</summary>
    private async Task<string> FrontDeskUserAsync()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structureId = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο Κοινότητας {Guid.NewGuid().ToString("N")[..6]}");
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"frontdesk-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Υπάλληλος υποδοχής" };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.FrontDesk, StructureId = structureId });
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        _ = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return email;
    }
}
