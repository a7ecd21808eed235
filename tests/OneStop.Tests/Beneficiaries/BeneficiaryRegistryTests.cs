using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Beneficiaries;

public sealed class BeneficiaryRegistryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Amka = "15038501209"; // born 15/03/85
    private const string Afm = "123456783";

    private async Task<(HttpClient Api, int Municipality, int Structure, int Sibling)> ArrangeAsync(AppRole role = AppRole.FrontDesk)
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var sibling = await factory.StructureAsync(municipality);
        var user = await factory.UserAsync((role, structure));
        return (await factory.ApiAsAsync(user), municipality, structure, sibling);
    }

    private static object Person(int structureId, string? amka = Amka, string? afm = null, string birthDate = "1985-03-15", bool accept = false) => new
    {
        lastName = "Παπαδάκη", firstName = "Ελένη", fatherName = "Νικόλαος", birthDate, gender = "female", amka, afm,
        idDocumentType = "id_card", idDocumentNumber = "ΑΚ 123456", nationality = "GR", languages = "el, en", phone = "6941234567",
        email = "eleni@example.gr", postalCode = "54621", disability = "refused", thirdCountryNational = false,
        structureId, acceptAmkaWarning = accept, privacyNoticeGiven = true,
    };

    [Fact]
    public async Task Create_ValidPerson_Returns201WithTheStoredPerson()
    {
        var (api, _, structure, _) = await ArrangeAsync();

        var response = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure, afm: "EL 12345678 3"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PAPADAKI", body.GetProperty("latinLastName").GetString());
        Assert.Equal(Afm, body.GetProperty("afm").GetString());
        Assert.Equal("female", body.GetProperty("gender").GetString());
        Assert.Equal("refused", body.GetProperty("disability").GetString());
        Assert.Equal("1985-03-15", body.GetProperty("birthDate").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("privacyNoticeGivenAt").ValueKind);
        var id = body.GetProperty("id").GetInt32();
        var found = await api.GetFromJsonAsync<JsonElement>("/api/v1/beneficiaries?q=Παπαδάκη");
        Assert.Equal(id, found.GetProperty("items")[0].GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("15038501208")]
    [InlineData("1503850120")]
    public async Task Create_BadAmka_Returns400WithAmkaError(string amka)
    {
        var (api, _, structure, _) = await ArrangeAsync();

        var response = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure, amka));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("errors").TryGetProperty("amka", out _));
    }

    [Fact]
    public async Task Create_BadAfm_Returns400WithAfmError()
    {
        var (api, _, structure, _) = await ArrangeAsync();

        var response = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure, amka: null, afm: "123456789"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("afm", out _));
    }

    [Fact]
    public async Task Create_AmkaDateDiffersFromBirthDate_NeedsAcceptance()
    {
        var (api, _, structure, _) = await ArrangeAsync();

        var refused = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure, birthDate: "1985-03-16"));
        var accepted = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure, birthDate: "1985-03-16", accept: true));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("ημερομηνία γέννησης", errors.GetProperty("amka")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task Create_SameAmkaVisible_Returns409WithExistingId()
    {
        var (api, _, structure, _) = await ArrangeAsync();
        var existing = await factory.BeneficiaryAsync(structure, "Παπαδάκη", "Ελένη", amka: Amka);

        var response = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(existing, body.GetProperty("existingId").GetInt32());
        Assert.False(body.GetProperty("linkable").GetBoolean());
    }

    [Fact]
    public async Task Create_SameAfmInSiblingStructure_IsLinkableThenLinkedAndVisible()
    {
        var (api, _, structure, sibling) = await ArrangeAsync();
        var existing = await factory.BeneficiaryAsync(sibling, "Παπαδάκη", "Ελένη", afm: Afm);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/beneficiaries/{existing}")).StatusCode);

        var response = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure, amka: null, afm: Afm));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(existing, body.GetProperty("existingId").GetInt32());
        Assert.True(body.GetProperty("linkable").GetBoolean());

        var link = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{existing}/links", new { structureId = structure, proof = Afm });
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/beneficiaries/{existing}")).StatusCode);
        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).AuditEntries.AnyAsync(a => a.EntityType == "BeneficiaryLink" && a.Action == AuditAction.Insert));
    }

    [Fact]
    public async Task Link_StructureUserDoesNotWorkIn_Returns404()
    {
        var (api, _, _, sibling) = await ArrangeAsync();
        var other = await factory.StructureAsync(await factory.MunicipalityAsync());
        var existing = await factory.BeneficiaryAsync(sibling, "Οικονόμου", "Δέσποινα");

        var response = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{existing}/links", new { structureId = other, reason = "Ο λόγος της σύνδεσης" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Create_AmkaHeldByProtectedShelter_AllowedAndNeitherSeesTheOther()
    {
        var (api, municipality, structure, _) = await ArrangeAsync();
        var shelter = await factory.StructureAsync(municipality, type: "shelter", isProtected: true);
        var shelterApi = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, shelter)));
        var centre = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure));
        var centreId = (await centre.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var response = await shelterApi.PostAsJsonAsync("/api/v1/beneficiaries", Person(shelter));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var shelterId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.NotEqual(centreId, shelterId);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/beneficiaries/{shelterId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shelterApi.GetAsync($"/api/v1/beneficiaries/{centreId}")).StatusCode);
        var found = await api.GetFromJsonAsync<JsonElement>($"/api/v1/beneficiaries?q={Amka}");
        Assert.Equal([centreId], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Create_SameAmkaInAnotherMunicipality_Allowed()
    {
        var (api, _, structure, _) = await ArrangeAsync();
        var elsewhere = await factory.StructureAsync(await factory.MunicipalityAsync());
        await factory.BeneficiaryAsync(elsewhere, "Παπαδάκη", "Ελένη", amka: Amka);

        var response = await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Get_ViewOfTheFile_IsAudited()
    {
        var (api, _, structure, _) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Γεωργίου", "Ιωάννης");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/beneficiaries/{id}")).StatusCode);

        await using var scope = factory.Scope();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var view = await factory.Db(scope).AuditEntries.SingleAsync(a => a.Action == AuditAction.View && a.EntityType == "Beneficiary" && a.EntityId == key);
        Assert.Equal(structure, view.StructureId);
    }

    [Fact]
    public async Task Put_StaleVersion_Returns409AndKeepsTheFirstChange()
    {
        var (api, _, structure, _) = await ArrangeAsync();
        var created = await (await api.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt32();

        var first = await api.PutAsJsonAsync($"/api/v1/beneficiaries/{id}", new { lastName = "Παπαδάκη", firstName = "Ελένη", birthDate = "1985-03-15", amka = Amka, phone = "6940000001", version });
        var second = await api.PutAsJsonAsync($"/api/v1/beneficiaries/{id}", new { lastName = "Παπαδάκη", firstName = "Ελένη", birthDate = "1985-03-15", amka = Amka, phone = "6940000002", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/beneficiaries/{id}");
        Assert.Equal("6940000001", stored.GetProperty("phone").GetString());
    }

    [Fact]
    public async Task Put_Supervisor_Returns403ButCanRead()
    {
        var (_, municipality, structure, _) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Γεωργίου", "Ιωάννης");
        var supervisor = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Supervisor, structure)));

        var read = await supervisor.GetAsync($"/api/v1/beneficiaries/{id}");
        var write = await supervisor.PutAsJsonAsync($"/api/v1/beneficiaries/{id}", new { lastName = "Γεωργίου", firstName = "Γιάννης" });
        var register = await supervisor.PostAsJsonAsync("/api/v1/beneficiaries", Person(structure));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, register.StatusCode);
        _ = municipality;
    }

    [Fact]
    public async Task Get_FrontDeskOfAnotherStructure_Returns404()
    {
        var (_, _, structure, sibling) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Γεωργίου", "Ιωάννης");
        var other = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, sibling)));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/beneficiaries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/beneficiaries/{id}", new { lastName = "Χ", firstName = "Υ" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { purpose = "contact", given = true })).StatusCode);
    }

    [Fact]
    public async Task Consents_AddAndWithdraw_AreRecorded()
    {
        var (api, _, structure, _) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Γεωργίου", "Ιωάννης");

        var added = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { purpose = "sensitive_data", given = true, date = "2026-11-20", expires = "2027-11-20" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var consent = await added.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sensitive_data", consent.GetProperty("purpose").GetString());
        var consentId = consent.GetProperty("id").GetInt32();

        var withdrawn = await api.PostAsync($"/api/v1/beneficiaries/{id}/consents/{consentId}/withdraw", null);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(JsonValueKind.String, (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("withdrawnOn").ValueKind);
        var bad = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { purpose = "referral", given = true, date = "2026-11-20", expires = "2026-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("expires", out _));
    }
}
