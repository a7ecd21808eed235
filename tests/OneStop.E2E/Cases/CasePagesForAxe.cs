using System.Globalization;
using OneStop.E2E.FrontDesk;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Cases;

/// <summary>The case pages for AccessibilityTests, seen by a caseworker who also coordinates the structure.</summary>
public static class CasePagesForAxe
{
    public static async Task CheckAsync(BrowserFixture fixture, string culture, Func<IPage, string, Task> check)
    {
        var language = culture[..2];
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο υποθέσεων {language} {Guid.NewGuid().ToString("N")[..6]}");
        var person = await fixture.Server.PersonAsync(structure, "Νικολάου", "Ιωάννα", "23029237288");
        var other = await fixture.Server.PersonAsync(structure, "Γεωργίου", "Κώστας", "01018012340");
        var (email, id) = await fixture.Server.CaseworkerAsync(structure);
        var caseId = (await fixture.Server.CaseAsync(structure, person, id)).ToString(CultureInfo.InvariantCulture);
        var page = await fixture.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync(email, CasesArrange.Password);
        await Expect(new LoginPage(page).Heading).ToHaveTextAsync("Αρχική");
        if (culture != "el-GR")
        {
            await fixture.SetCultureAsync(page, culture);
        }

        foreach (var (path, name) in new[]
        {
            ("/Cases", "cases"),
            ($"/Cases/Details/{caseId}", "case"),
            ($"/Cases/Notes/{caseId}", "case-notes"),
            ($"/Cases/Open?beneficiaryId={other.ToString(CultureInfo.InvariantCulture)}", "case-open"),
            ($"/Cases/Coordinator?structureId={structure.ToString(CultureInfo.InvariantCulture)}", "case-coordinator"),
            ("/Cases/Appointments?week=true", "appointments-week"),
            ("/Reports/Esf?framework=2014-2020&from=2024-01-01&to=2024-12-31", "reports-esf"),
            ("/Reports/Esf?framework=2021-2027&from=2024-12-31&to=2024-01-01", "reports-esf-errors"),
            ($"/Reports/Quality?structureId={structure.ToString(CultureInfo.InvariantCulture)}", "reports-quality"),
            ($"/Reports/Quality?structureId={structure.ToString(CultureInfo.InvariantCulture)}&section=invalid_amka", "reports-quality-section"),
            ($"/Beneficiaries/Details/{person.ToString(CultureInfo.InvariantCulture)}", "person-with-case"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            await check(page, $"{name}-{language}");
        }

        await page.Context.CloseAsync();
    }
}
