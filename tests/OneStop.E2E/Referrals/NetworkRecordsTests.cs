using Deque.AxeCore.Playwright;
using OneStop.E2E.Cases;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Referrals;

/// <summary>A caseworker reaches the networking plan through the Support menu, adds a partner, corrects it and deletes it (ADR 083).</summary>
[Collection(BrowserCollection.Name)]
public sealed class NetworkRecordsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Partner_AddedCorrectedAndDeletedAfterConfirmation()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο δικτύωσης {Guid.NewGuid().ToString("N")[..6]}");
        var (email, _) = await fixture.Server.CaseworkerAsync(structure);
        var page = await fixture.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync(email, CasesArrange.Password);
        var layout = new SiteLayout(page);

        await layout.OpenMenuAsync("Υποστήριξη");
        await fixture.Screenshots.TakeAsync(page, "menu-support-el");
        await page.GetByRole(AriaRole.Link, new() { Name = "Δικτύωση & δημοσιότητα" }).ClickAsync();
        await Expect(layout.Heading).ToHaveTextAsync("Δικτύωση και δημοσιότητα");
        await page.GotoAsync($"/Network?structureId={structure}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Προσθήκη συνεργάτη" }).ClickAsync();
        await page.GetByLabel("Συνεργαζόμενος φορέας").FillAsync("Σύλλογος Γονεων");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Σύλλογος Γονεων" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Διόρθωση ή διαγραφή: Σύλλογος Γονεων" }).ClickAsync();
        await Expect(layout.Heading).ToHaveTextAsync("Διόρθωση συνεργάτη");
        await page.GetByLabel("Συνεργαζόμενος φορέας").FillAsync("Σύλλογος Γονέων");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Σύλλογος Γονέων" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Διόρθωση ή διαγραφή: Σύλλογος Γονέων" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Διαγραφή της εγγραφής" }).ClickAsync();
        await Expect(page.GetByText("Επιλέξτε το πλαίσιο για να επιβεβαιώσετε τη διαγραφή.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Συνεργαζόμενος φορέας")).ToHaveValueAsync("Σύλλογος Γονέων");
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join(Environment.NewLine, axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await fixture.Screenshots.TakeAsync(page, "network-partner-delete-el");

        await page.GetByLabel("Ναι, να διαγραφεί μαζί με τα αρχεία της").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Διαγραφή της εγγραφής" }).ClickAsync();
        await Expect(layout.Notice).ToHaveTextAsync("Η εγγραφή διαγράφηκε.");
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Σύλλογος Γονέων" })).ToHaveCountAsync(0);
    }
}
