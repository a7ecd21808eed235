using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Access;

/// <summary>
/// Leak 1 of issue 15: a link to one's structure is earned with an identifier that matches the person, or by
/// breaking the glass with a reason — audited as break_glass and listed for the Coordinator and the DPO.
/// </summary>
public sealed class BreakGlassTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Amka = "02029012345";

    private sealed record Arranged(HttpClient Api, string Email, int Municipality, int Structure, int Sibling, int Person);

    private async Task<Arranged> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var sibling = await factory.StructureAsync(municipality);
        var person = await factory.BeneficiaryAsync(sibling, "Σπυροπούλου", "Αγλαΐα", amka: Amka);
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var p = await db.Beneficiaries.SingleAsync(b => b.Id == person);
            p.IdDocumentType = IdDocumentType.IdCard;
            p.IdDocumentNumber = "ΑΚ 123456";
            await db.SaveChangesAsync();
        }

        var email = await factory.UserAsync((AppRole.Caseworker, structure));
        return new Arranged(await factory.ApiAsAsync(email), email, municipality, structure, sibling, person);
    }

    [Fact]
    public async Task Link_WithoutProofOrReason_400NamingProof_WrongProofAnswersAsAnUnknownId()
    {
        var a = await ArrangeAsync();

        var bare = await a.Api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Person}/links", new { structureId = a.Structure });
        var wrong = await a.Api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Person}/links", new { structureId = a.Structure, proof = "99999999999" });
        var unknown = await a.Api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Person + 100000}/links", new { structureId = a.Structure, proof = "99999999999" });

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.True((await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("proof", out _));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var wrongErrors = (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetRawText();
        var unknownErrors = (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetRawText();
        Assert.Equal(unknownErrors, wrongErrors);
        foreach (var body in new[] { await bare.Content.ReadAsStringAsync(), wrongErrors })
        {
            Assert.DoesNotContain("Σπυροπούλου", body, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await a.Api.GetAsync($"/api/v1/beneficiaries/{a.Person}")).StatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == a.Person && l.StructureId == a.Structure));
    }

    [Theory]
    [InlineData(Amka)]
    [InlineData("ακ123456")]
    public async Task Link_WithAMatchingIdentifier_LinksWithoutBreakingTheGlass(string proof)
    {
        var a = await ArrangeAsync();

        var link = await a.Api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Person}/links", new { structureId = a.Structure, proof });

        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.Api.GetAsync($"/api/v1/beneficiaries/{a.Person}")).StatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).AuditEntries.AnyAsync(e => e.Action == AuditAction.BreakGlass && e.EntityId == a.Person.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Link_WithAReason_BreaksTheGlass_AuditedAndListedForCoordinatorAndDpo_NotForOthers()
    {
        var a = await ArrangeAsync();
        const string reason = "Φιλοξενία έκτακτης ανάγκης χωρίς έγγραφα";

        var shortReason = await a.Api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Person}/links", new { structureId = a.Structure, reason = "βιάζομαι" });
        var link = await a.Api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Person}/links", new { structureId = a.Structure, reason });

        Assert.Equal(HttpStatusCode.BadRequest, shortReason.StatusCode);
        Assert.True((await shortReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);

        var coordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, a.Structure)));
        var dpo = await factory.ApiAsAsync(await factory.UserAsync((AppRole.DataProtectionOfficer, a.Structure)));
        var siblingCoordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, a.Sibling)));
        var url = "/api/v1/audit?action=break_glass&entityId=" + a.Person.ToString(CultureInfo.InvariantCulture);

        foreach (var reviewer in new[] { coordinator, dpo })
        {
            var page = await reviewer.GetFromJsonAsync<JsonElement>(url);
            var item = Assert.Single(page.GetProperty("items").EnumerateArray());
            Assert.Equal("break_glass", item.GetProperty("action").GetString());
            Assert.Equal(a.Email, item.GetProperty("userName").GetString());
            Assert.Equal(a.Structure, item.GetProperty("structureId").GetInt32());
            Assert.Equal(reason, item.GetProperty("changes").GetProperty("reason").GetProperty("new").GetString());
        }

        Assert.Equal(0, (await siblingCoordinator.GetFromJsonAsync<JsonElement>(url)).GetProperty("total").GetInt32());
        var coordinatorAll = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        Assert.All(coordinatorAll.GetProperty("items").EnumerateArray(), i => Assert.Equal("break_glass", i.GetProperty("action").GetString()));
        var asAdmin = await (await factory.AdminApiAsync()).GetFromJsonAsync<JsonElement>(url);
        var adminItem = Assert.Single(asAdmin.GetProperty("items").EnumerateArray());
        Assert.True(adminItem.GetProperty("valuesHidden").GetBoolean());
        Assert.DoesNotContain(reason, asAdmin.GetRawText(), StringComparison.Ordinal);
        var frontDesk = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, a.Structure)));
        Assert.Equal(HttpStatusCode.Forbidden, (await frontDesk.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task LinkPage_AsksForProofOrReason_ErrorShownAndNothingAboutThePerson_ReasonLinks()
    {
        var a = await ArrangeAsync();
        var browser = await factory.BrowserAsync(a.Email, TestData.Password);
        var pageUrl = $"/Beneficiaries/Link/{a.Person}?StructureId={a.Structure}";
        var structure = a.Structure.ToString(CultureInfo.InvariantCulture);

        var form = await browser.GetTextAsync(pageUrl);
        var bare = await browser.PostFormToAsync(pageUrl, $"/Beneficiaries/Link/{a.Person}", new() { ["StructureId"] = structure });
        var bareText = await bare.TextAsync();
        var reason = await browser.PostFormToAsync(pageUrl, $"/Beneficiaries/Link/{a.Person}", new()
        {
            ["StructureId"] = structure, ["Input.Reason"] = "Ανήλικη χωρίς συνοδό, χωρίς έγγραφα",
        });

        Assert.DoesNotContain("Σπυροπούλου", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Contains("ΑΜΚΑ, ΑΦΜ ή αριθμό εγγράφου ταυτοποίησης", bareText, StringComparison.Ordinal);
        Assert.DoesNotContain("Σπυροπούλου", bareText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Beneficiaries/Details/{a.Person}")).StatusCode);
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).AuditEntries.AnyAsync(e => e.Action == AuditAction.BreakGlass && e.EntityId == a.Person.ToString(CultureInfo.InvariantCulture)));
    }
}
