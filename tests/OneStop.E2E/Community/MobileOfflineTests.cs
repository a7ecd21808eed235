using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.FrontDesk;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Community;

/// <summary>A mobile unit without a network: three contacts and a distribution, then a sync whose answer is lost, then another.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MobileOfflineTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Offline_ThreeContactsAndADistribution_SyncedOnceAfterADroppedAnswer()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.BareStructureAsync(municipality, $"Κινητή μονάδα {Guid.NewGuid().ToString("N")[..6]}");
        var person = await fixture.Server.PersonAsync(structure, "Μπακογιάννη", "Ρόζα", "23029237288");
        await ListWithHouseholdAsync(structure, person);
        var email = await fixture.Server.FrontDeskUserAsync(structure);
        var page = await fixture.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync(email, FrontDeskArrange.Password);
        await Expect(new LoginPage(page).Heading).ToHaveTextAsync("Αρχική");
        var mobile = await new MobilePage(page).GotoAsync();
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
        await Expect(mobile.Connection).ToHaveTextAsync("Συνδεδεμένο");
        await AssertAxeCleanAsync(page, "mobile-online-el");

        // No network: the app opens from the service worker's cache and keeps working.
        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Expect(mobile.Connection).ToHaveTextAsync("Χωρίς σύνδεση");
        await mobile.Gender.SelectOptionAsync("female");
        await mobile.AgeBand.SelectOptionAsync("over64");
        await mobile.PeopleCount.FillAsync("2");
        await mobile.Reason.FillAsync("Ενημέρωση στον οικισμό");
        await mobile.SaveContact.ClickAsync();
        await mobile.Anonymous.UncheckAsync();
        await mobile.Person.SelectOptionAsync(new SelectOptionValue { Label = "Μπακογιάννη Ρόζα" });
        await mobile.Reason.FillAsync("Αίτηση ΚΕΑ");
        await mobile.SaveContact.ClickAsync();
        await mobile.Household.SelectOptionAsync(new SelectOptionValue { Label = "Μπακογιάννη Ρόζα (4)" });
        await Expect(mobile.Eligibility).ToContainTextAsync("Δικαιούται");
        await mobile.Parcels.FillAsync("2");
        await mobile.Items.FillAsync("Δέμα ΤΕΒΑ");
        await mobile.SignAsync();
        await mobile.SaveDistribution.ClickAsync();
        await fixture.Screenshots.TakeAsync(page, "mobile-offline-four-waiting-el");
        await Expect(mobile.Waiting).ToHaveTextAsync("4");
        await Expect(mobile.Eligibility).ToContainTextAsync("Δεν δικαιούται");

        // Back online: the automatic sync reaches the server, but its answer is lost on the way back.
        var dropped = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.Context.RouteAsync("**/api/v1/sync", async route =>
        {
            var response = await route.FetchAsync();
            dropped.TrySetResult(response.Status);
            await route.AbortAsync();
        });
        await page.Context.SetOfflineAsync(false);
        Assert.Equal(200, await dropped.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await Expect(mobile.SyncStatus).ToHaveTextAsync("Δεν ήταν δυνατή η σύνδεση· οι εγγραφές παραμένουν στη συσκευή.");
        await Expect(mobile.Waiting).ToHaveTextAsync("4");
        await page.Context.UnrouteAsync("**/api/v1/sync");

        // The second sync sends the same keys: the server already has them, nothing is written twice.
        await mobile.SyncNow.ClickAsync();
        await Expect(mobile.SyncStatus).ToHaveTextAsync("Ο συγχρονισμός ολοκληρώθηκε.");
        await Expect(mobile.Waiting).ToHaveTextAsync("0");
        await Expect(mobile.Sent).ToHaveCountAsync(4);
        await mobile.SyncNow.ClickAsync();
        await AssertAxeCleanAsync(page, "mobile-synced-el");

        // At the centre the distribution shows on the list's counter, the household no longer eligible.
        await page.GotoAsync("/Distribution");
        await page.GetByRole(AriaRole.Link, new() { Name = "ΤΕΒΑ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Μπακογιάννη Ρόζα" })).ToContainTextAsync("Δεν δικαιούται");
        await Expect(page.Locator("#today + ul li")).ToHaveCountAsync(1);
        await AssertAxeCleanAsync(page, "distribution-list-el");
        await page.GotoAsync($"/Distribution/Report?structureId={structure.ToString(CultureInfo.InvariantCulture)}");
        await AssertAxeCleanAsync(page, "distribution-report-el");
        await page.GotoAsync("/Activities");
        await page.GetByLabel("Τίτλος", new() { Exact = true }).FillAsync("Ενημέρωση για εμβολιασμούς");
        await page.GetByRole(AriaRole.Button, new() { Name = "Δημιουργία" }).ClickAsync();
        await page.Locator("section ul li a").First.ClickAsync();
        await page.GetByRole(AriaRole.Searchbox).FillAsync("Μπακογ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αναζήτηση" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Παρών/παρούσα: Μπακογιάννη Ρόζα" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Η παρουσία καταγράφηκε.");
        await AssertAxeCleanAsync(page, "activity-session-el");

        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var visits = await db.Visits.Where(v => v.StructureId == structure).ToListAsync();
        Assert.Equal(3, visits.Count);
        Assert.All(visits, v => Assert.Equal(VisitChannel.MobileUnit, v.Channel));
        Assert.Equal(2, visits.Count(v => v.BeneficiaryId == null && v.AnonymousAgeBand == AgeBand.Over64));
        var distribution = await db.Distributions.SingleAsync(d => d.StructureId == structure);
        Assert.Equal(2, distribution.Parcels);
        Assert.Equal(SignatureKind.Drawn, distribution.Signature);
        Assert.NotNull(distribution.SignatureFileId);
    }

    private async Task ListWithHouseholdAsync(int structure, int person)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var list = new EligibilityList { StructureId = structure, Name = "ΤΕΒΑ", MaxPerPeriod = 1, Period = FrequencyPeriod.Month, Enforced = true };
        list.Households.Add(new EligibleHousehold { BeneficiaryId = person, HouseholdSize = 4, StartDate = new DateOnly(2024, 1, 1) });
        db.EligibilityLists.Add(list);
        await db.SaveChangesAsync();
    }

    private async Task AssertAxeCleanAsync(IPage page, string name)
    {
        await fixture.Screenshots.TakeAsync(page, name);
        var result = await page.RunAxe();
        var findings = string.Join(Environment.NewLine, result.Violations.Select(v =>
            string.Create(CultureInfo.InvariantCulture, $"{v.Id} ({v.Impact}): {v.Help} → {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.True(result.Violations.Length == 0, $"axe on {name}:{Environment.NewLine}{findings}");
    }
}
