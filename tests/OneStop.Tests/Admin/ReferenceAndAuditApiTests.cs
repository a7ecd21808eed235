using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.Seeding;

namespace OneStop.Tests.Admin;

public sealed class ReferenceAndAuditApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task StructureTypes_Seeded_ElevenWithReferenceCodes()
    {
        var api = await factory.AdminApiAsync();

        var types = await api.GetFromJsonAsync<JsonElement>("/api/v1/structure-types");

        Assert.Equal(11, types.GetArrayLength());
        Assert.Equal(ReferenceData.StructureTypes.Select(t => t.Code), types.EnumerateArray().Select(t => t.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task PostMunicipality_NationalAdministrator_Created()
    {
        var api = await factory.AdminApiAsync();

        var response = await api.PostAsJsonAsync("/api/v1/municipalities", new { name = "Δήμος Νέας Πόλης", region = "Αττική" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("name").GetString() == "Δήμος Νέας Πόλης");
    }

    [Fact]
    public async Task PostMunicipality_DuplicateOrEmptyName_ProblemOnName()
    {
        var api = await factory.AdminApiAsync();
        var existing = "Δήμος " + Guid.NewGuid().ToString("N")[..6];
        await factory.MunicipalityAsync(existing);

        var duplicate = await api.PostAsJsonAsync("/api/v1/municipalities", new { name = existing });
        var empty = await api.PostAsJsonAsync("/api/v1/municipalities", new { name = "" });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True((await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Theory]
    [InlineData(AppRole.Administrator)]
    [InlineData(AppRole.Coordinator)]
    public async Task PostMunicipality_NotNationalAdministrator_Forbidden(AppRole role)
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.ApiAsAsync(await factory.UserAsync((role, structure)));

        var response = await api.PostAsJsonAsync("/api/v1/municipalities", new { name = "Δήμος Χ" + Guid.NewGuid().ToString("N")[..6] });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostProgramme_StructureAdministrator_CreatedAndCodeValidated()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Administrator, structure)));
        var code = "local_" + Guid.NewGuid().ToString("N")[..6];

        var created = await api.PostAsJsonAsync("/api/v1/programmes", new { code, nameEl = "Τοπικό πρόγραμμα", nameEn = "Local programme" });
        var duplicate = await api.PostAsJsonAsync("/api/v1/programmes", new { code, nameEl = "Άλλο", nameEn = "Other" });
        var invalid = await api.PostAsJsonAsync("/api/v1/programmes", new { code = "Κακός κωδικός", nameEl = "", nameEn = "x" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("nameEl", out _));
    }

    [Fact]
    public async Task PostProgramme_FrontDesk_Forbidden()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));

        var response = await api.PostAsJsonAsync("/api/v1/programmes", new { code = "x_prog", nameEl = "Χ", nameEn = "X" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Audit_Filters_NarrowToTheChange()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();
        var entityId = id.ToString(CultureInfo.InvariantCulture);
        await api.PutAsJsonAsync($"/api/v1/structures/{id}", new { name = "Μετονομασία " + entityId, type = "community_centre" });
        // The filter's dates are days in Europe/Athens, which is not the UTC date around midnight.
        var athens = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, athens).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var updates = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Structure&entityId={entityId}&action=update&user=ADMIN@test&from={today}&to={today}");
        var inserts = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Structure&entityId={entityId}&action=insert");
        var otherUser = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Structure&entityId={entityId}&user=nobody");
        var yesterday = await api.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Structure&entityId={entityId}&to=2000-01-01");

        Assert.Equal(1, updates.GetProperty("total").GetInt32());
        var item = updates.GetProperty("items")[0];
        Assert.Equal("update", item.GetProperty("action").GetString());
        Assert.Equal(AppFactory.AdminEmail, item.GetProperty("userName").GetString());
        Assert.Equal(id, item.GetProperty("structureId").GetInt32());
        Assert.Equal("Μετονομασία " + entityId, item.GetProperty("changes").GetProperty("name").GetProperty("new").GetString());
        Assert.Equal(1, inserts.GetProperty("total").GetInt32());
        Assert.Equal(0, otherUser.GetProperty("total").GetInt32());
        Assert.Equal(0, yesterday.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Audit_ManyEntries_PagedByFiftyNewestFirst()
    {
        var api = await factory.AdminApiAsync();
        for (var i = 0; i < 60; i++)
        {
            await factory.MunicipalityAsync();
        }

        var first = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        var second = await api.GetFromJsonAsync<JsonElement>("/api/v1/audit?page=2");

        Assert.Equal(50, first.GetProperty("pageSize").GetInt32());
        Assert.True(first.GetProperty("total").GetInt32() > 60);
        Assert.Equal(50, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var ids = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        // Reading the log is itself logged: the first read adds one entry, so page 2 starts one entry earlier.
        Assert.True(second.GetProperty("items")[0].GetProperty("id").GetInt64() <= ids[^1]);
    }

    [Fact]
    public async Task Audit_UnknownAction_BadRequest()
    {
        var api = await factory.AdminApiAsync();

        var response = await api.GetAsync("/api/v1/audit?action=destroy");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
