using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using OneStop.E2E.FrontDesk;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.E2E.Portal;

/// <summary>A resident on a phone finds today's hours, runs the questionnaire and asks for an appointment; the front desk sees it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalResidentTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Resident_OnAPhone_FindsHoursChecksEntitlementsAndRequestsAppointmentThatFrontDeskConfirms()
    {
        var municipalityName = await fixture.Server.MunicipalityAsync("Δήμος Πύλης");
        var municipality = await fixture.Server.MunicipalityIdAsync(municipalityName);
        var structureName = $"Κέντρο Κοινότητας Πύλης {Guid.NewGuid().ToString("N")[..6]}";
        var structure = await fixture.Server.FullStructureAsync(municipalityName, structureName);
        await fixture.Server.OpenAllTodayAsync(structure);
        var findings = new StringBuilder();

        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        var portal = new PortalPages(page);
        await page.GotoAsync("/p");
        await page.GetByRole(AriaRole.Link, new() { Name = municipalityName }).ClickAsync();
        var card = portal.Structure(structureName);
        var weekday = CultureInfo.GetCultureInfo("el-GR").DateTimeFormat.GetDayName(AthensClock.DayOf(DateTime.UtcNow).DayOfWeek);
        await Expect(card.GetByTestId("open-now")).ToContainTextAsync($"Σήμερα ({weekday}):");
        await Expect(card.GetByTestId("open-now")).ToContainTextAsync("00:00–23:59 (Ημέρα ενημέρωσης)");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Χάρτης (OpenStreetMap)" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://www\\.openstreetmap\\.org/search\\?query="));
        await fixture.Screenshots.TakeAsync(page, "portal-home-phone-el");

        await portal.Entitled.ClickAsync();
        await portal.Income.SelectOptionAsync(new SelectOptionValue { Label = "Έως 5.000 € τον χρόνο" });
        await portal.ChildrenUnder6.SelectOptionAsync("1");
        await portal.Renting.CheckAsync();
        await portal.NoDisability.CheckAsync();
        await portal.Unemployed.CheckAsync();
        await portal.ShowProgrammes.ClickAsync();
        await Expect(portal.Results.GetByRole(AriaRole.Heading, new() { Name = "Επίδομα στέγασης" })).ToBeVisibleAsync();
        await Expect(portal.Results.GetByRole(AriaRole.Heading, new() { Name = "Voucher βρεφονηπιακών σταθμών (ΕΕΤΑΑ)" })).ToBeVisibleAsync();
        await Expect(portal.Results).Not.ToContainTextAsync("Προνοιακά επιδόματα αναπηρίας");
        await Expect(portal.Results).ToContainTextAsync("Ηλεκτρονικό μισθωτήριο");
        await fixture.Screenshots.TakeAsync(page, "portal-entitled-results-phone-el");
        await AxeAsync(page, "portal-entitled-results-phone", findings);

        await portal.AskAppointment.ClickAsync();
        await portal.Send.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AxeAsync(page, "portal-appointment-errors-phone", findings);
        await portal.StructureChoice.SelectOptionAsync(new SelectOptionValue { Label = structureName });
        await portal.Name.FillAsync("Ελένη Κατοίκου");
        await portal.Phone.FillAsync("6970000001");
        await portal.Topic.FillAsync("Επίδομα στέγασης και voucher");
        await portal.Consent.CheckAsync();
        await portal.Send.ClickAsync();
        await Expect(portal.Sent).ToContainTextAsync("Το αίτημά σας στάλθηκε");

        var desk = await fixture.NewPageAsync();
        var login = await new LoginPage(desk).GotoAsync();
        await login.SignInAsync(await fixture.Server.FrontDeskUserAsync(structure), FrontDeskArrange.Password);
        await desk.GotoAsync($"/FrontDesk/Today?structureId={structure.ToString(CultureInfo.InvariantCulture)}");
        var requests = desk.GetByRole(AriaRole.Region, new() { Name = "Αιτήματα για ραντεβού" });
        var row = requests.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ελένη Κατοίκου" });
        await Expect(row).ToContainTextAsync("ζητήθηκε");
        await Expect(row).ToContainTextAsync("kea");
        await AxeAsync(desk, "today-requests", findings);
        await row.GetByLabel("Ώρα").FillAsync("23:45");
        await row.GetByRole(AriaRole.Button, new() { Name = "Επιβεβαίωση" }).ClickAsync();
        await Expect(requests.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ελένη Κατοίκου" })).ToContainTextAsync("επιβεβαιώθηκε");
        await fixture.Screenshots.TakeAsync(desk, "today-requests-confirmed-el");

        Assert.True(findings.Length == 0, $"axe found violations:{Environment.NewLine}{findings}");
    }

    private async Task AxeAsync(IPage page, string name, StringBuilder findings)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        var result = await page.RunAxe();
        foreach (var violation in result.Violations)
        {
            findings.AppendLine(CultureInfo.InvariantCulture, $"[{name}] {violation.Id}: {violation.Help} → {string.Join(" | ", violation.Nodes.Select(n => n.Target?.ToString()))}");
        }
    }
}
