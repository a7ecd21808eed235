using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Beneficiaries;

public sealed partial class BeneficiaryPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Amka = "22060178906"; // born 22/06/01

    private async Task<(HttpClient Browser, int Municipality, int Structure)> ArrangeAsync(AppRole role = AppRole.FrontDesk)
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var user = await factory.UserAsync((role, structure));
        return (await factory.BrowserAsync(user, TestData.Password), municipality, structure);
    }

    private static Dictionary<string, string> Form(int structure, string amka, string birthDate = "2001-06-22") => new()
    {
        ["Input.StructureId"] = structure.ToString(CultureInfo.InvariantCulture),
        ["Input.LastName"] = "Ζαχαρίου", ["Input.FirstName"] = "Σοφία", ["Input.FatherName"] = "Ανδρέας",
        ["Input.BirthDate"] = birthDate, ["Input.Gender"] = "Female", ["Input.Amka"] = amka, ["Input.Nationality"] = "AL",
        ["Input.Phone"] = "6977000111", ["Input.Disability"] = "Refused", ["Input.Rural"] = "false",
        ["Input.Household[0].Relationship"] = "Child", ["Input.Household[0].Name"] = "Νίκος Ζαχαρίου", ["Input.Household[0].BirthDate"] = "2020-01-05",
        ["Input.Consents[0].Purpose"] = "SensitiveData", ["Input.Consents[0].Given"] = "true", ["Input.Consents[0].Date"] = "2026-11-25",
        ["Input.PrivacyNoticeGiven"] = "true",
    };

    [Fact]
    public async Task RegisterForm_ValidPerson_RedirectsToTheAuditedFile()
    {
        var (browser, _, structure) = await ArrangeAsync();

        var response = await browser.PostFormAsync("/Beneficiaries/Register", Form(structure, Amka));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var person = await db.Beneficiaries.Include(b => b.Household).Include(b => b.Consents).SingleAsync(b => b.Amka == Amka && b.Links.Any(l => l.StructureId == structure));
        Assert.Equal($"/Beneficiaries/Details/{person.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("ZACHARIOU", person.LatinLastName);
        Assert.Equal(YesNoRefused.Refused, person.Disability);
        Assert.Equal("Νίκος Ζαχαρίου", Assert.Single(person.Household).Name);
        Assert.Equal(ConsentPurpose.SensitiveData, Assert.Single(person.Consents).Purpose);
        Assert.NotNull(person.PrivacyNoticeGivenBy);

        var page = await browser.GetTextAsync(response.Headers.Location);
        Assert.Contains("Ζαχαρίου Σοφία", page, StringComparison.Ordinal);
        Assert.Contains("Αλβανία", page, StringComparison.Ordinal);
        Assert.Contains("duplicates-slot", page, StringComparison.Ordinal);
        var key = person.Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.View && a.EntityId == key));
    }

    [Fact]
    public async Task RegisterForm_WrongAmka_RedisplaysTypedValuesWithTheError()
    {
        var (browser, _, structure) = await ArrangeAsync();

        var response = await browser.PostFormAsync("/Beneficiaries/Register", Form(structure, "22060178907"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.TextAsync();
        Assert.Contains("το ψηφίο ελέγχου είναι λάθος", page, StringComparison.Ordinal);
        Assert.Contains("value=\"22060178907\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Ζαχαρίου\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Νίκος Ζαχαρίου\"", page, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Beneficiaries.AnyAsync(b => b.Links.Any(l => l.StructureId == structure)));
    }

    [Fact]
    public async Task RegisterForm_AmkaDateMismatch_ShowsWarningThenSavesWhenConfirmed()
    {
        var (browser, _, structure) = await ArrangeAsync();
        var form = Form(structure, Amka, birthDate: "2001-06-23");

        var warned = await browser.PostFormAsync("/Beneficiaries/Register", form);
        form["Input.AcceptAmkaWarning"] = "true";
        var confirmed = await browser.PostFormAsync("/Beneficiaries/Register", form);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var page = await warned.TextAsync();
        Assert.Contains("Επιβεβαιώνω ότι ο ΑΜΚΑ είναι σωστός", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }

    [Fact]
    public async Task RegisterForm_AmkaInSiblingStructure_OffersLinkWhichMakesThePersonVisible()
    {
        var (browser, municipality, structure) = await ArrangeAsync();
        var sibling = await factory.StructureAsync(municipality);
        var existing = await factory.BeneficiaryAsync(sibling, "Ζαχαρίου", "Σοφία", amka: Amka);

        var response = await browser.PostFormAsync("/Beneficiaries/Register", Form(structure, Amka));
        var page = await response.TextAsync();
        Assert.Contains("υπάρχει ήδη στο μητρώο του δήμου", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Beneficiaries/Details/{existing}")).StatusCode);

        Assert.Contains($"action=\"/Beneficiaries/Link/{existing}\"", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"Input.Proof\" value=\"{Amka}\"", page, StringComparison.Ordinal);
        var link = await browser.PostFormToAsync("/Beneficiaries/Register", $"/Beneficiaries/Link/{existing}", new()
        {
            ["StructureId"] = structure.ToString(CultureInfo.InvariantCulture), ["Input.Proof"] = Amka,
        });

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Beneficiaries/Details/{existing}")).StatusCode);
    }

    [Fact]
    public async Task RegisterForm_AmkaOfAVisiblePerson_LinksToTheirFile()
    {
        var (browser, _, structure) = await ArrangeAsync();
        var existing = await factory.BeneficiaryAsync(structure, "Ζαχαρίου", "Σοφία", amka: Amka);

        var page = await (await browser.PostFormAsync("/Beneficiaries/Register", Form(structure, Amka))).TextAsync();

        Assert.Contains($"href=\"/Beneficiaries/Details/{existing}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexResults_TypedName_ListsThePersonAndCarriesTheTextToRegister()
    {
        var (browser, _, structure) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Ζαχαρίου", "Σοφία");

        var results = await browser.GetTextAsync("/Beneficiaries?handler=Results&q=zachar");
        var register = await browser.GetTextAsync("/Beneficiaries/Register?q=" + Uri.EscapeDataString("Κωστόπουλος Άρης"));

        Assert.Contains($"/Beneficiaries/Details/{id}", results, StringComparison.Ordinal);
        Assert.Contains("/Beneficiaries/Register?q=zachar", results, StringComparison.Ordinal);
        Assert.Contains("value=\"Κωστόπουλος\"", register, StringComparison.Ordinal);
        Assert.Contains("value=\"Άρης\"", register, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatinSuggestion_GreekNames_TransliteratedByElot743()
    {
        var (browser, _, _) = await ArrangeAsync();

        var html = await browser.GetTextAsync("/Beneficiaries/Register?handler=Latin&Input.LastName=" + Uri.EscapeDataString("Μπακογιάννη") + "&Input.FirstName=" + Uri.EscapeDataString("Ευαγγελία"));

        Assert.Contains("value=\"BAKOGIANNI\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"EVANGELIA\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditForm_StaleVersion_ShowsConflictAndKeepsTheInput()
    {
        var (browser, _, structure) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Ζαχαρίου", "Σοφία");
        var url = $"/Beneficiaries/Edit/{id}";
        var version = VersionField().Match(await browser.GetStringAsync(url)).Groups[1].Value;
        var first = await browser.PostFormAsync(url, new() { ["Input.LastName"] = "Ζαχαρίου", ["Input.FirstName"] = "Σοφία", ["Input.Phone"] = "6900000001", ["Input.Version"] = version });

        var second = await browser.PostFormAsync(url, new() { ["Input.LastName"] = "Ζαχαρίου", ["Input.FirstName"] = "Σοφία", ["Input.Phone"] = "6900000002", ["Input.Version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.TextAsync();
        Assert.Contains("class=\"conflict\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"6900000002\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_Supervisor_ReadOnlyWithoutEditOrConsentForms()
    {
        var (_, _, structure) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Ζαχαρίου", "Σοφία");
        var supervisor = await factory.BrowserAsync(await factory.UserAsync((AppRole.Supervisor, structure)), TestData.Password);

        var page = await supervisor.GetTextAsync($"/Beneficiaries/Details/{id}");
        var edit = await supervisor.GetAsync($"/Beneficiaries/Edit/{id}");

        Assert.Contains("Ζαχαρίου Σοφία", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Beneficiaries/Edit/{id}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Consent", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, edit.StatusCode);
    }

    [Fact]
    public async Task Details_ConsentAddedThenWithdrawn_ShownOnTheFile()
    {
        var (browser, _, structure) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Ζαχαρίου", "Σοφία");
        var url = $"/Beneficiaries/Details/{id}";

        var added = await browser.PostFormToAsync(url, url + "?handler=Consent", new() { ["NewConsent.Purpose"] = "Contact", ["NewConsent.Given"] = "true", ["NewConsent.Date"] = "2026-11-25" });
        await using var scope = factory.Scope();
        var consent = await factory.Db(scope).Consents.SingleAsync(c => c.BeneficiaryId == id);
        var withdrawn = await browser.PostFormToAsync(url, url + "?handler=Withdraw", new() { ["consentId"] = consent.Id.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var page = await browser.GetTextAsync(url);
        Assert.Contains("Επικοινωνία με SMS ή e-mail", page, StringComparison.Ordinal);
        await using var check = factory.Scope();
        Assert.NotNull((await factory.Db(check).Consents.SingleAsync(c => c.Id == consent.Id)).WithdrawnOn);
    }

    [Fact]
    public async Task Details_FrontDeskOfAnotherStructure_Gets404()
    {
        var (_, municipality, structure) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Ζαχαρίου", "Σοφία");
        var sibling = await factory.StructureAsync(municipality);
        var other = await factory.BrowserAsync(await factory.UserAsync((AppRole.FrontDesk, sibling)), TestData.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Beneficiaries/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Beneficiaries/Edit/{id}")).StatusCode);
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
