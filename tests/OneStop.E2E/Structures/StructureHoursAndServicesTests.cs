using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Structures;

[Collection(BrowserCollection.Name)]
public sealed class StructureHoursAndServicesTests(BrowserFixture fixture)
{
    private async Task<(IPage Page, int Id, string Name)> NewStructureAsync()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var name = $"Κέντρο ωραρίου {Guid.NewGuid().ToString("N")[..6]}";
        var id = await fixture.Server.BareStructureAsync(municipality, name);
        return (await fixture.AdminPageAsync(), id, name);
    }

    [Fact]
    public async Task EditHours_TwoIntervalsAndHoliday_DetailsShowsThem()
    {
        var (page, id, _) = await NewStructureAsync();
        var hours = await new StructureHoursPage(page).GotoAsync(id);

        await hours.AddIntervalAsync(1, "Δευτέρα", "08:00", "14:00");
        await hours.AddIntervalAsync(2, "Δευτέρα", "17:00", "20:00");
        await hours.AddClosedDayAsync(1, new DateOnly(2026, 12, 25), "Χριστούγεννα");
        await fixture.Screenshots.TakeAsync(page, "structure-hours-filled-el");
        await hours.SaveButton.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Structures/Details/{id}$"));
        var mondays = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Δευτέρα" });
        await Expect(mondays).ToContainTextAsync("08:00–14:00, 17:00–20:00");
        await Expect(page.GetByText("25/12/2026: κλειστά — Χριστούγεννα")).ToBeVisibleAsync();
        await fixture.Screenshots.TakeAsync(page, "structure-details-with-hours-el");
    }

    [Fact]
    public async Task EditHours_ClosesBeforeOpens_ShowsGreekErrorAndKeepsValues()
    {
        var (page, id, _) = await NewStructureAsync();
        var hours = await new StructureHoursPage(page).GotoAsync(id);

        await hours.AddIntervalAsync(1, "Τρίτη", "15:00", "09:00");
        await hours.SaveButton.ClickAsync();

        await Expect(hours.ErrorSummary).ToBeVisibleAsync();
        var row = hours.Interval(1);
        await Expect(row.Locator(".field-validation-error").First).ToBeVisibleAsync();
        await Expect(row.GetByLabel("Ώρα έναρξης", new() { Exact = true })).ToHaveValueAsync("15:00");
        await Expect(row.GetByLabel("Ώρα λήξης", new() { Exact = true })).ToHaveValueAsync("09:00");
        await fixture.Screenshots.TakeAsync(page, "structure-hours-error-el");
    }

    [Fact]
    public async Task AddService_ValidForm_AppearsOnDetails()
    {
        var (page, id, _) = await NewStructureAsync();
        var services = await new StructureServicesPage(page).GotoAsync(id);

        await services.AddServiceAsync("Ψυχολογική υποστήριξη", "Α. Υποδοχή – Ενημέρωση – Υποστήριξη", "Ατομικές συνεδρίες");

        await Expect(services.ServiceRow("Ψυχολογική υποστήριξη")).ToBeVisibleAsync();
        await fixture.Screenshots.TakeAsync(page, "structure-services-el");
        await page.GotoAsync($"/Structures/Details/{id}");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ψυχολογική υποστήριξη" })).ToContainTextAsync("Α. Υποδοχή");
    }

    [Fact]
    public async Task AddService_DuplicateName_ShowsGreekError()
    {
        var (page, id, _) = await NewStructureAsync();
        var services = await new StructureServicesPage(page).GotoAsync(id);
        await services.AddServiceAsync("Ενημέρωση", "Β. Συνεργασία με Υπηρεσίες και Δομές");

        await services.AddServiceAsync("Ενημέρωση", "Β. Συνεργασία με Υπηρεσίες και Δομές");

        await Expect(page.GetByText("Η δομή προσφέρει ήδη υπηρεσία με αυτό το όνομα.")).ToBeVisibleAsync();
        await Expect(services.Name).ToHaveValueAsync("Ενημέρωση");
    }
}
