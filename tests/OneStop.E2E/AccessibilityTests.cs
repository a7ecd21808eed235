using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;
using OneStop.E2E.Portal;

namespace OneStop.E2E;

/// <summary>axe-core finds no violations on the main pages, in Greek and in English.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("el-GR")]
    [InlineData("en-GB")]
    public async Task RunAxe_MainPagesInLanguage_FindsNoViolations(string culture)
    {
        var language = culture[..2];
        var findings = new StringBuilder();

        var anonymous = await fixture.NewPageAsync(culture);
        await anonymous.GotoAsync("/Account/Login");
        await CheckAsync(anonymous, $"login-{language}", findings);
        await anonymous.Locator("input[type=email]").FillAsync("nobody@e2e.local");
        await anonymous.Locator("input[type=password]").FillAsync("Wrong-Password-1");
        await anonymous.Locator("form.stacked button[type=submit]").ClickAsync();
        await Expect(anonymous.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await CheckAsync(anonymous, $"login-error-{language}", findings);

        var municipality = await fixture.Server.MunicipalityAsync();
        var id = await fixture.Server.FullStructureAsync(municipality, $"Δομή προσβασιμότητας {language} {Guid.NewGuid().ToString("N")[..6]}");
        var page = await fixture.AdminPageAsync(culture);
        await page.GotoAsync("/");
        await CheckAsync(page, $"home-{language}", findings);
        await page.GotoAsync("/Structures");
        await CheckAsync(page, $"structures-{language}", findings);
        await page.GotoAsync("/Structures/Create");
        await CheckAsync(page, $"structure-create-{language}", findings);
        await page.Locator("form.stacked button[type=submit]").ClickAsync();
        await Expect(new StructureFormPage(page).ErrorSummary.Or(page.Locator(".field-validation-error")).First).ToBeVisibleAsync();
        await CheckAsync(page, $"structure-create-errors-{language}", findings);
        await page.GotoAsync($"/Structures/Details/{id.ToString(CultureInfo.InvariantCulture)}");
        await CheckAsync(page, $"structure-details-{language}", findings);
        var publicId = (await fixture.Server.MunicipalityIdAsync(municipality)).ToString(CultureInfo.InvariantCulture);
        foreach (var (path, name) in new[]
        {
            ("/p", "portal-municipalities"),
            ($"/p/{publicId}", "portal-home"),
            ($"/p/{publicId}/structures/{id.ToString(CultureInfo.InvariantCulture)}", "portal-structure"),
            ($"/p/{publicId}/programmes", "portal-programmes"),
            ($"/p/{publicId}/entitled", "portal-entitled"),
            ($"/p/{publicId}/appointment", "portal-appointment"),
            ("/p/accessibility", "portal-accessibility"),
            ("/Admin/Reference/ProgrammeRules?programmeId=1", "programme-rules"),
            ($"/Structures/Edit/{id.ToString(CultureInfo.InvariantCulture)}", "structure-edit"),
            ($"/Structures/Hours/{id.ToString(CultureInfo.InvariantCulture)}", "structure-hours"),
            ($"/Structures/Services/{id.ToString(CultureInfo.InvariantCulture)}", "structure-services"),
            ("/Admin/Users", "users"),
            ("/Admin/Users/Create", "user-create"),
            ("/Admin/Reference", "reference"),
            ("/Admin/Reference/Municipalities", "municipalities"),
            ("/Admin/Reference/StructureTypes", "structure-types"),
            ("/Admin/Reference/Programmes", "programmes"),
            ("/Admin/Audit", "audit"),
            ("/Participants", "participants"),
            ("/Participants/FollowUps", "follow-ups"),
            ("/Reports/Esf", "reports-esf-none"),
            ("/Reports/Activity", "reports-activity-none"),
            ("/Reports/Quality", "reports-quality-none"),
            ("/Account/Manage", "account"),
            ("/Account/Manage/TwoFactor", "two-factor"),
            ("/Referrals", "referrals"),
            ("/Referrals/Report", "referrals-report"),
            ("/Partners", "partners"),
            ("/Partners/Organization", "partner-organization"),
            ("/Network", "network"),
            ($"/Network/Publicity?structureId={id.ToString(CultureInfo.InvariantCulture)}", "network-publicity"),
            ($"/Network/Meeting?structureId={id.ToString(CultureInfo.InvariantCulture)}", "network-meeting"),
            ($"/Staff?structureId={id.ToString(CultureInfo.InvariantCulture)}", "staff"),
            ($"/Staff/Edit?structureId={id.ToString(CultureInfo.InvariantCulture)}", "staff-edit"),
            ($"/Staff/Attendance?structureId={id.ToString(CultureInfo.InvariantCulture)}", "staff-attendance"),
            ($"/Staff/PersonMonths?structureId={id.ToString(CultureInfo.InvariantCulture)}", "staff-person-months"),
            ("/Staff/Me", "staff-me"),
            ("/mobile/", "mobile"),
            ("/Activities", "activities"),
            ("/Distribution", "distribution"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"{path} answered {response?.Status}");
            await CheckAsync(page, $"{name}-{language}", findings);
        }

        await Cases.CasePagesForAxe.CheckAsync(fixture, culture, (p, name) => CheckAsync(p, name, findings));
        await Reports.EsfPagesForAxe.CheckAsync(fixture, culture, (p, name) => CheckAsync(p, name, findings));
        Assert.True(findings.Length == 0, $"axe found violations:{Environment.NewLine}{findings}");
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
}
