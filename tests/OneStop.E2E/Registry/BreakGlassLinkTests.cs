using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;

namespace OneStop.E2E.Registry;

/// <summary>The link page asks for an identifier or a reason; its error is where the user looks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BreakGlassLinkTests(BrowserFixture fixture)
{
    private const string Password = "FrontDesk-Password-1";

    [Fact]
    public async Task LinkPage_SubmittedEmpty_ErrorInView_ThenAReasonLinksThePerson()
    {
        var (email, structure, person) = await ArrangeAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("input[type=email]").FillAsync(email);
        await page.Locator("input[type=password]").FillAsync(Password);
        await page.Locator("form.stacked button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync($"/Beneficiaries/Link/{person}?StructureId={structure}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Σύνδεση ατόμου του μητρώου με τη δομή σας");
        await page.GetByRole(AriaRole.Button, new() { Name = "Σύνδεση με τη δομή μου" }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Expect(summary).ToContainTextAsync("ΑΜΚΑ, ΑΦΜ ή αριθμό εγγράφου ταυτοποίησης");
        await Expect(summary).ToBeInViewportAsync();
        await Expect(page.Locator("#Input_Proof")).ToBeInViewportAsync();
        await fixture.Screenshots.TakeAsync(page, "registry-link-error-el");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Select(v => v.Id));

        await page.Locator("#Input_Reason").FillAsync("Ανήλικη χωρίς συνοδό, χωρίς έγγραφα");
        await page.GetByRole(AriaRole.Button, new() { Name = "Σύνδεση με τη δομή μου" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Σπυροπούλου Αγλαΐα");
    }

    private async Task<(string Email, int Structure, int Person)> ArrangeAsync()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο Κοινότητας {Guid.NewGuid().ToString("N")[..6]}");
        var sibling = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο Κοινότητας {Guid.NewGuid().ToString("N")[..6]}");
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipalityId = await db.Structures.Where(s => s.Id == sibling).Select(s => s.MunicipalityId).SingleAsync();
        var person = new Beneficiary { MunicipalityId = municipalityId, Partition = $"m{municipalityId}", LastName = "Σπυροπούλου", FirstName = "Αγλαΐα" };
        person.Links.Add(new BeneficiaryLink { StructureId = sibling, Reason = LinkReason.Registered });
        OneStop.Web.Features.Beneficiaries.SearchKeys.Refresh(person);
        db.Beneficiaries.Add(person);
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"frontdesk-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Υπάλληλος υποδοχής" };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.FrontDesk, StructureId = structure });
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return (email, structure, person.Id);
    }
}
