using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data.Entities;
using OneStop.E2E.FrontDesk;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Participation;

[Collection(BrowserCollection.Name)]
public sealed class EsfEntryExitTests(BrowserFixture fixture)
{
    private const string Password = "Caseworker-Password-1";

    [Fact]
    public async Task RecordEntryAndExit_FromThePersonsFile_ShownCompleteWithFollowUpDue()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο Κοινότητας {Guid.NewGuid().ToString("N")[..6]}");
        var person = await fixture.Server.PersonAsync(structure, "Οικονόμου", "Δέσποινα", "23029237288");
        var email = await CaseworkerAsync(structure);
        var page = await fixture.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        await login.SignInAsync(email, Password);
        await Expect(login.Heading).ToHaveTextAsync("Αρχική");
        var findings = new StringBuilder();
        var entry = DateTime.UtcNow.AddMonths(-8);
        var entryText = entry.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

        await page.GotoAsync($"/Beneficiaries/Details/{person}");
        var file = new EsfSection(page);
        await file.NewEntry.ClickAsync();

        var form = new EsfEntryPage(page);
        await Expect(form.Heading).ToHaveTextAsync("Είσοδος στην πράξη ΕΚΤ");
        await CheckAsync(page, "esf-entry-el", findings);
        await form.EntryDate.FillAsync(entry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.Gender.SelectOptionAsync(new SelectOptionValue { Label = "Γυναίκα" });
        await form.LabourStatus.SelectOptionAsync(new SelectOptionValue { Label = "Άνεργος" });
        await form.Isced.SelectOptionAsync(new SelectOptionValue { Label = "ISCED 3" });
        await form.Disability.SelectOptionAsync(new SelectOptionValue { Label = "Αρνήθηκε να απαντήσει" });
        await form.Save.ClickAsync();

        await Expect(file.Notice).ToHaveTextAsync("Η είσοδος ΕΚΤ αποθηκεύτηκε.");
        await Expect(file.Section).ToContainTextAsync("Πλήρη");
        await CheckAsync(page, "esf-person-file-el", findings);
        await file.ExitLink(entryText).ClickAsync();

        var exit = new EsfExitPage(page);
        await Expect(exit.Heading).ToHaveTextAsync("Έξοδος από την πράξη ΕΚΤ");
        await CheckAsync(page, "esf-exit-el", findings);
        var exitDay = DateTime.UtcNow.AddDays(-7);
        await exit.ExitDate.FillAsync(exitDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await exit.ExitSituation.SelectOptionAsync(new SelectOptionValue { Label = "Αναζητά εργασία" });
        await exit.Qualification.SelectOptionAsync(new SelectOptionValue { Label = "Ναι" });
        await exit.Save.ClickAsync();

        await Expect(file.Notice).ToContainTextAsync("Η έξοδος αποθηκεύτηκε");
        await Expect(file.Section).ToContainTextAsync(exitDay.AddMonths(6).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

        foreach (var (path, name) in new[]
        {
            ($"/Participants?structureId={structure}", "esf-participants"),
            ($"/Participants/FollowUps?structureId={structure}", "esf-follow-ups"),
            ($"/Participants/Import?structureId={structure}", "esf-import"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            await CheckAsync(page, $"{name}-el", findings);
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Εισαγωγή συμμετεχόντων");
        await fixture.SetCultureAsync(page, "en-GB");
        await page.GotoAsync($"/Participants?structureId={structure}");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Complete");
        await CheckAsync(page, "esf-participants-en", findings);
        await page.GetByRole(AriaRole.Link, new() { Name = entryText }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ESF entry");
        await CheckAsync(page, "esf-entry-en", findings);
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

    private async Task<string> CaseworkerAsync(int structureId)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"caseworker-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Κοινωνική λειτουργός" };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.Caseworker, StructureId = structureId });
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return email;
    }
}
