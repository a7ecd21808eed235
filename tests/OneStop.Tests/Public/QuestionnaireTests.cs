using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Public;

[Collection(PortalCollection.Name)]
public sealed class QuestionnaireTests(PortalFactory factory)
{
    private static string Suggested(string page) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(page, "id=\"p-([a-z0-9_]+)\"").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));

    [Fact]
    public async Task Questionnaire_SeededRulesOnHandMadeHouseholds_ListsWhatMayFitAndStoresNothing()
    {
        var municipality = await factory.MunicipalityAsync();
        await factory.PublicStructureAsync(municipality, "Κέντρο Κοινότητας Ερωτηματολογίου");
        var client = factory.CreateClient();
        var url = $"/p/{municipality}/entitled";
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var auditBefore = await db.AuditEntries.CountAsync();
        var requestsBefore = await db.AppointmentRequests.CountAsync();

        var family = await client.PostFormAsync(url, new()
        {
            ["HouseholdSize"] = "4", ["ApplicantAge"] = "34", ["ChildrenUnder18"] = "2", ["ChildrenUnder6"] = "1", ["IncomeBand"] = "1",
            ["Housing"] = "renting", ["Disability"] = "false", ["Employment"] = "unemployed",
        });
        var page = await family.TextAsync();
        Assert.Equal(HttpStatusCode.OK, family.StatusCode);
        Assert.Equal("child_benefit,childcare_voucher,employment_services,housing_benefit,kea,social_tariff,teba_food_aid", Suggested(page));
        Assert.Contains("IBAN", page);
        Assert.Contains("Ηλεκτρονικό μισθωτήριο", page);
        Assert.Matches("appointment\\?programmes=[a-z_,]*housing_benefit", page);

        var disabledEarner = await (await client.PostFormAsync(url, new() { ["IncomeBand"] = "4", ["Housing"] = "owner", ["Disability"] = "true", ["Employment"] = "employed" })).TextAsync();
        Assert.Equal("disability_benefit", Suggested(disabledEarner));

        var nothing = await (await client.PostFormAsync(url, new() { ["IncomeBand"] = "4", ["Housing"] = "owner", ["Disability"] = "false", ["Employment"] = "employed", ["ApplicantAge"] = "40", ["ChildrenUnder18"] = "0", ["ChildrenUnder6"] = "0" })).TextAsync();
        Assert.Equal("", Suggested(nothing));
        Assert.Contains("Προγράμματα που μπορεί να σας ταιριάζουν: 0", nothing);

        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync());
        Assert.Equal(requestsBefore, await db.AppointmentRequests.CountAsync());
    }

    [Fact]
    public async Task Rules_AdministratorEditsThemAsData_QuestionnaireFollows()
    {
        var municipality = await factory.MunicipalityAsync();
        await factory.PublicStructureAsync(municipality, "Κέντρο Κοινότητας Κανόνων");
        int programme;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var p = new Programme { Code = "youth_" + Guid.NewGuid().ToString("N")[..6], NameEl = "Πρόγραμμα νέων", NameEn = "Youth programme", SummaryEl = "Για νέους." };
            db.Programmes.Add(p);
            await db.SaveChangesAsync();
            programme = p.Id;
        }

        var admin = await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);
        var rulesUrl = $"/Admin/Reference/ProgrammeRules?programmeId={programme}";
        var bad = await admin.PostFormAsync(rulesUrl, new() { ["Input.Field"] = "Housing", ["Input.Operator"] = "Eq", ["Input.Value"] = "castle" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Η τιμή δεν ταιριάζει", await bad.TextAsync());
        var added = await admin.PostFormAsync(rulesUrl, new() { ["Input.Field"] = "ApplicantAge", ["Input.Operator"] = "Le", ["Input.Value"] = "29" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("το πολύ", await admin.GetTextAsync(rulesUrl), StringComparison.Ordinal);

        var client = factory.CreateClient();
        var url = $"/p/{municipality}/entitled";
        Assert.Contains("id=\"p-youth_", await (await client.PostFormAsync(url, new() { ["ApplicantAge"] = "25" })).TextAsync());
        Assert.DoesNotContain("id=\"p-youth_", await (await client.PostFormAsync(url, new() { ["ApplicantAge"] = "40" })).TextAsync());

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var rule = await db.EligibilityRules.SingleAsync(r => r.ProgrammeId == programme);
            Assert.Equal((QuestionField.ApplicantAge, RuleOperator.Le, "29"), (rule.Field, rule.Operator, rule.Value));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(EligibilityRule) && a.EntityId == rule.Id.ToString(CultureInfo.InvariantCulture)));
            var removed = await admin.PostFormToAsync(rulesUrl, $"/Admin/Reference/ProgrammeRules?handler=Remove&programmeId={programme}&ruleId={rule.Id}", []);
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
            Assert.False(await db.EligibilityRules.AnyAsync(r => r.ProgrammeId == programme));
        }
    }
}
