using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Registry;

[Collection(BrowserCollection.Name)]
public sealed class MergeTests(BrowserFixture fixture)
{
    private const string Password = "Coordinator-Password-1";

    [Fact]
    public async Task Merge_CoordinatorChoosesValuesThenUndoes_RecordsMergedAndRestoredAxeClean()
    {
        var (email, lastName) = await ArrangeAsync();
        var findings = new StringBuilder();
        var page = await fixture.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        await login.SignInAsync(email, Password);
        await Expect(login.Heading).ToHaveTextAsync("Αρχική");

        var list = await new DuplicatesPage(page).GotoAsync();
        await Expect(list.Heading).ToHaveTextAsync("Πιθανά διπλότυπα");
        await CheckAsync(page, "duplicates-el", findings);
        await list.MergeLink($"{lastName} Γιάννης").ClickAsync();

        var merge = new MergePage(page);
        await Expect(merge.Heading).ToHaveTextAsync("Συγχώνευση δύο καρτελών");
        await Expect(merge.Choice("Τηλέφωνο", "6941234567")).ToBeCheckedAsync();
        await Expect(merge.Choice("ΑΜΚΑ", "23029237288")).ToBeCheckedAsync();
        await merge.Choice("Όνομα", "Giannis").CheckAsync();
        await CheckAsync(page, "merge-el", findings);
        await fixture.SetCultureAsync(page, "en-GB");
        await CheckAsync(page, "merge-en", findings);
        await fixture.SetCultureAsync(page, "el-GR");
        await merge.Choice("Όνομα", "Giannis").CheckAsync();
        await merge.ConfirmAsync();

        var summary = new MergeSummaryPage(page);
        await Expect(summary.Notice).ToHaveTextAsync("Οι καρτέλες συγχωνεύτηκαν.");
        await Expect(summary.Value("Καρτέλα που διατηρείται")).ToContainTextAsync($"{lastName} Giannis");
        await CheckAsync(page, "merge-done-el", findings);
        await summary.UndoButton.ClickAsync();

        await Expect(summary.Notice).ToHaveTextAsync("Η συγχώνευση αναιρέθηκε· οι δύο καρτέλες είναι όπως πριν.");
        await Expect(summary.UndoButton).ToHaveCountAsync(0);
        await Expect(summary.Value("Καρτέλα που διατηρείται")).ToContainTextAsync($"{lastName} Γιάννης");
        await CheckAsync(page, "merge-undone-el", findings);
        Assert.True(findings.Length == 0, $"axe found violations:{Environment.NewLine}{findings}");
    }

    /// <summary>A coordinator of a centre with two records of one person (Greek and Latin script). Returns the e-mail and the last name.</summary>
    private async Task<(string Email, string LastName)> ArrangeAsync()
    {
        var municipalityName = await fixture.Server.MunicipalityAsync();
        var structureId = await fixture.Server.FullStructureAsync(municipalityName, $"Κέντρο συγχωνεύσεων {Guid.NewGuid().ToString("N")[..6]}");
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = await db.Structures.SingleAsync(s => s.Id == structureId);
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var lastName = $"Παπαδόπουλος{suffix}";
        Beneficiary Person(string last, string first, string? latinLast, string? amka, string? phone)
        {
            var person = new Beneficiary
            {
                MunicipalityId = structure.MunicipalityId, Partition = $"m{structure.MunicipalityId}", LastName = last, FirstName = first,
                LatinLastName = latinLast, Amka = amka, Phone = phone, BirthDate = new DateOnly(1980, 1, 1), Gender = Gender.Male,
            };
            person.Links.Add(new BeneficiaryLink { StructureId = structureId, Reason = LinkReason.Registered });
            OneStop.Web.Features.Beneficiaries.SearchKeys.Refresh(person);
            return person;
        }

        db.Beneficiaries.Add(Person(lastName, "Γιάννης", null, null, "6941234567"));
        await db.SaveChangesAsync();
        db.Beneficiaries.Add(Person(lastName, "Giannis", "Papadopoulos", "23029237288", null));
        await db.SaveChangesAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"coordinator-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Συντονίστρια Δοκιμών" };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.Coordinator, StructureId = structureId });
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return (email, lastName);
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
}
