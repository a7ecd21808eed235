using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.E2E.Cases;
using OneStop.E2E.FrontDesk;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Quality;

/// <summary>A coordinator opens the data-quality report and follows the fix link of an incomplete ESF entry.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QualityReportE2ETests(BrowserFixture fixture)
{
    [Fact]
    public async Task OpenReport_FollowFixLink_LandsOnTheEntryForm()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο ποιότητας {Guid.NewGuid().ToString("N")[..6]}");
        var person = await fixture.Server.PersonAsync(structure, "Ελλιπής", "Μαρίνα", "23029237288");
        var (email, _) = await fixture.Server.CaseworkerAsync(structure);
        int participation;
        await using (var scope = fixture.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var p = new OneStop.Data.Entities.Participation
            {
                StructureId = structure, BeneficiaryId = person, EntryDate = CasesArrange.Today.AddMonths(-2), BirthDate = new DateOnly(1992, 2, 23), CreatedAt = DateTime.UtcNow,
            };
            db.Participations.Add(p);
            await db.SaveChangesAsync();
            participation = p.Id;
        }

        var page = await fixture.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync(email, CasesArrange.Password);
        await page.GotoAsync($"/Reports/Quality?structureId={structure}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ποιότητα δεδομένων");
        var section = page.Locator("section").Filter(new() { Has = page.Locator("h2#incomplete_entry") });
        await Expect(section.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ελλιπής Μαρίνα" })).ToContainTextAsync("φύλο, κατάσταση απασχόλησης, εκπαίδευση");
        await fixture.Screenshots.TakeAsync(page, "reports-quality-el");
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join(Environment.NewLine, axe.Violations.Select(v => $"{v.Id}: {v.Help}")));

        await section.GetByRole(AriaRole.Link, new() { Name = "Διόρθωση: Ελλιπής Μαρίνα" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Participants/Entry/{participation}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Είσοδος στην πράξη ΕΚΤ");
        await page.Context.CloseAsync();
    }
}
