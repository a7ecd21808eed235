using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using OneStop.E2E.FrontDesk;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Cases;

/// <summary>A caseworker opens a case from the day's visit, records the file, and closes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseFileTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CaseFile_FromVisitToClosure_RecordedAndAccessible()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο Κοινότητας {Guid.NewGuid().ToString("N")[..6]}");
        var person = await fixture.Server.PersonAsync(structure, "Δημητρίου", "Άννα", "23029237288");
        await fixture.Server.VisitAsync(structure, person);
        var (email, _) = await fixture.Server.CaseworkerAsync(structure);
        var page = await fixture.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync(email, CasesArrange.Password);
        await Expect(new LoginPage(page).Heading).ToHaveTextAsync("Αρχική");

        await page.GotoAsync($"/FrontDesk/Today?structureId={structure.ToString(CultureInfo.InvariantCulture)}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Άνοιγμα υπόθεσης" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Άνοιγμα υπόθεσης" }).ClickAsync();
        var notice = page.Locator("p.notice");
        await Expect(notice).ToHaveTextAsync("Η υπόθεση άνοιξε.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Δημητρίου Άννα");

        await page.GetByLabel("Σοβαρότητα: Στέγαση").SelectOptionAsync(new SelectOptionValue { Label = "Υψηλή" });
        await page.GetByLabel("Σημειώσεις: Στέγαση").FillAsync("Απειλείται με έξωση");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση αξιολόγησης" }).ClickAsync();
        await Expect(notice).ToHaveTextAsync("Η αξιολόγηση αποθηκεύτηκε.");

        await page.Locator("#Goal_Title").FillAsync("Εξασφάλιση στέγης");
        await page.GetByRole(AriaRole.Button, new() { Name = "Προσθήκη στόχου" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Εξασφάλιση στέγης" })).ToBeVisibleAsync();

        await page.Locator("#Service_ServiceId").SelectOptionAsync(new SelectOptionValue { Label = "Ενημέρωση για επιδόματα" });
        await page.Locator("#Service_DurationMinutes").FillAsync("40");
        await page.GetByRole(AriaRole.Button, new() { Name = "Καταγραφή υπηρεσίας" }).ClickAsync();
        await Expect(notice).ToHaveTextAsync("Η υπηρεσία καταγράφηκε.");

        await page.Locator("#documentType").SelectOptionAsync(new SelectOptionValue { Label = "Πιστοποιητικό" });
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "vevaiosi.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ανέβασμα" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "vevaiosi.pdf" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Εμπιστευτικές σημειώσεις (0)" }).ClickAsync();
        await page.GetByLabel("Σημείωση", new() { Exact = true }).FillAsync("Συζητήσαμε το οικογενειακό ιστορικό.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση σημείωσης" }).ClickAsync();
        await Expect(page.Locator(".note-text")).ToHaveTextAsync("Συζητήσαμε το οικογενειακό ιστορικό.");
        await AssertAxeCleanAsync(page, "case-notes-el");
        await page.GetByRole(AriaRole.Link, new() { Name = "Πίσω στην υπόθεση" }).ClickAsync();

        await page.Locator("#Status_Status").SelectOptionAsync(new SelectOptionValue { Label = "Κλειστή" });
        await page.Locator("#Status_Reason").FillAsync("Βρέθηκε κατοικία· οι στόχοι επιτεύχθηκαν.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αλλαγή κατάστασης" }).ClickAsync();
        await Expect(notice).ToHaveTextAsync("Η κατάσταση άλλαξε.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Κλειστή");
        await Expect(page.Locator("#timeline tbody tr")).ToHaveCountAsync(7);
        await AssertAxeCleanAsync(page, "case-closed-el");
    }

    private async Task AssertAxeCleanAsync(IPage page, string name)
    {
        await fixture.Screenshots.TakeAsync(page, name);
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine, result.Violations.Select(v => $"{v.Id}: {v.Help} → {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
