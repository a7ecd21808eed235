using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Cases;
using OneStop.E2E.FrontDesk;
using OneStop.E2E.Infrastructure;

namespace OneStop.E2E.Reports;

/// <summary>A structure with a Coordinator and three ESF participants who entered in 2024 (two women, one man).</summary>
public static class EsfReportArrange
{
    public const string Query = "framework=2021-2027&from=2024-01-01&to=2024-12-31";

    public static async Task<(int Structure, string Email)> CoordinatorWithParticipantsAsync(this AppServer server, string name)
    {
        var municipality = await server.MunicipalityAsync();
        var structure = await server.FullStructureAsync(municipality, $"{name} {Guid.NewGuid().ToString("N")[..6]}");
        var (email, _) = await server.CaseworkerAsync(structure);
        var people = new[]
        {
            (await server.PersonAsync(structure, "Οικονόμου", "Δέσποινα", "23029237288"), Gender.Female, LabourStatus.Unemployed),
            (await server.PersonAsync(structure, "Αλεξίου", "Σοφία", "01018012340"), Gender.Female, LabourStatus.Inactive),
            (await server.PersonAsync(structure, "Ζαχαρίου", "Νίκος", "15057012344"), Gender.Male, LabourStatus.Unemployed),
        };
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (person, gender, status) in people)
        {
            db.Participations.Add(new()
            {
                StructureId = structure, BeneficiaryId = person, EntryDate = new(2024, 4, 2), Gender = gender, BirthDate = new(1988, 2, 3),
                LabourStatus = status, Isced = 3, CreatedAt = DateTime.UtcNow,
            });
        }

        await db.SaveChangesAsync();
        return (structure, email);
    }

    public static Task SignInAsync(IPage page, string email) => SignIn(page, email);

    private static async Task SignIn(IPage page, string email)
    {
        var login = await new Pages.LoginPage(page).GotoAsync();
        await login.SignInAsync(email, CasesArrange.Password);
        await Expect(login.Heading).ToHaveTextAsync("Αρχική");
    }
}

/// <summary>The ESF report with its drill-down links and a drill-down list, for AccessibilityTests.</summary>
public static class EsfPagesForAxe
{
    public static async Task CheckAsync(BrowserFixture fixture, string culture, Func<IPage, string, Task> check)
    {
        var language = culture[..2];
        var (structure, email) = await fixture.Server.CoordinatorWithParticipantsAsync("Κέντρο δεικτών " + language);
        var page = await fixture.NewPageAsync();
        await EsfReportArrange.SignInAsync(page, email);
        if (culture != "el-GR")
        {
            await fixture.SetCultureAsync(page, culture);
        }

        var query = $"{EsfReportArrange.Query}&structureId={structure}";
        foreach (var (path, name) in new[]
        {
            ($"/Reports/Esf?{query}", "reports-esf-links"),
            ($"/Reports/EsfParticipants?{query}&code=EECO02&gender=female", "reports-esf-participants"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            await check(page, $"{name}-{language}");
        }

        await page.Context.CloseAsync();
    }
}
