using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Structures;

[Collection(BrowserCollection.Name)]
public sealed class StructureFormTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Create_ValidForm_ShowsDetailsWithTheValues()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var name = $"Κέντρο Κοινότητας {Guid.NewGuid().ToString("N")[..6]}";
        var page = await fixture.AdminPageAsync();
        var list = await new StructureListPage(page).GotoAsync();
        await list.NewStructureLink.ClickAsync();
        var form = new StructureFormPage(page);
        await Expect(form.Heading).ToHaveTextAsync("Νέα δομή");

        await form.Name.FillAsync(name);
        await form.SelectTypeAsync("Κέντρο Κοινότητας");
        await form.SelectMunicipalityAsync(municipality);
        await form.Address.FillAsync("Ερμού 12, Αθήνα");
        await form.Phone.FillAsync("210 1234567");
        await form.Email.FillAsync("kk@example.gr");
        await form.AccessibilityFeature("Ανελκυστήρας").CheckAsync();
        await form.AccessibilityFeature("Υλικό σε γραφή Braille").CheckAsync();
        await fixture.Screenshots.TakeAsync(page, "structure-create-filled-el");
        await form.SaveAsync();

        var details = new StructureDetailsPage(page);
        await Expect(details.Heading).ToHaveTextAsync(name);
        await Expect(details.Notice).ToHaveTextAsync($"Η δομή {name} δημιουργήθηκε.");
        await Expect(details.Value("Τύπος")).ToHaveTextAsync("Κέντρο Κοινότητας");
        await Expect(details.Value("Δήμος")).ToHaveTextAsync(municipality);
        await Expect(details.Value("Διεύθυνση")).ToContainTextAsync("Ερμού 12, Αθήνα");
        await Expect(details.Value("Τηλέφωνο")).ToHaveTextAsync("210 1234567");
        await Expect(details.Value("E-mail")).ToHaveTextAsync("kk@example.gr");
        await Expect(details.AccessibilityFeature("Ανελκυστήρας")).ToBeVisibleAsync();
        await Expect(details.AccessibilityFeature("Υλικό σε γραφή Braille")).ToBeVisibleAsync();
        await Expect(details.AccessibilityFeature("Νοηματική γλώσσα")).ToHaveCountAsync(0);
        await fixture.Screenshots.TakeAsync(page, "structure-details-el");

        await list.GotoAsync();
        await Expect(list.StructureLink(name)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Create_BadEmailAndEmptyName_ShowsGreekMessagePerFieldAndKeepsTypedValues()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var page = await fixture.AdminPageAsync();
        var form = await new StructureFormPage(page).GotoCreateAsync();

        await form.SelectTypeAsync("Κέντρο Κοινότητας");
        await form.SelectMunicipalityAsync(municipality);
        await form.Address.FillAsync("Πατησίων 5");
        await form.Phone.FillAsync("210 7654321");
        await form.Email.FillAsync("όχι-email");
        await form.AccessibilityFeature("Επαγωγικός βρόχος ακοής").CheckAsync();
        await form.SaveAsync();

        await Expect(form.ErrorFor("Επωνυμία")).ToHaveTextAsync("Το πεδίο «Επωνυμία» είναι υποχρεωτικό.");
        await Expect(form.ErrorFor("E-mail")).ToHaveTextAsync("Το πεδίο «E-mail» δεν είναι έγκυρη διεύθυνση e-mail.");
        await Expect(form.ErrorFor("Τηλέφωνο")).ToBeEmptyAsync();
        await Expect(form.Heading).ToHaveTextAsync("Νέα δομή");
        await Expect(form.Email).ToHaveValueAsync("όχι-email");
        await Expect(form.Address).ToHaveValueAsync("Πατησίων 5");
        await Expect(form.Phone).ToHaveValueAsync("210 7654321");
        await Expect(form.Type.Locator("option:checked")).ToHaveTextAsync("Κέντρο Κοινότητας");
        await Expect(form.Municipality.Locator("option:checked")).ToHaveTextAsync(municipality);
        await Expect(form.AccessibilityFeature("Επαγωγικός βρόχος ακοής")).ToBeCheckedAsync();
        await Expect(form.AccessibilityFeature("Ανελκυστήρας")).Not.ToBeCheckedAsync();
        await fixture.Screenshots.TakeAsync(page, "structure-create-invalid-el");
    }
}
