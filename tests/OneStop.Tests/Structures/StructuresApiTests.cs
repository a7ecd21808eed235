using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Structures;

public sealed class StructuresApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Create_ValidStructure_ReturnsCreatedAndAudits()
    {
        var municipality = await factory.MunicipalityAsync();
        var api = await factory.AdminApiAsync();

        var response = await api.PostAsJsonAsync("/api/v1/structures", new
        {
            name = "Κέντρο Κοινότητας Α",
            type = "community_centre",
            municipalityId = municipality,
            address = "Οδός 1",
            phone = "2101234567",
            email = "kk@example.gr",
            accessibility = new[] { "step_free_entrance", "lift" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("community_centre", body.GetProperty("type").GetString());
        Assert.Equal(["step_free_entrance", "lift"], body.GetProperty("accessibility").EnumerateArray().Select(e => e.GetString()));
        var id = body.GetProperty("id").GetInt32();

        await using var scope = factory.Scope();
        var audit = await factory.Db(scope).AuditEntries.Where(a => a.EntityType == "Structure" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
        var insert = Assert.Single(audit);
        Assert.Equal(AuditAction.Insert, insert.Action);
        Assert.Equal(AppFactory.AdminEmail, insert.UserName);
        Assert.Contains("Κέντρο Κοινότητας Α", insert.Changes);
    }

    [Fact]
    public async Task Create_InvalidFields_ReturnsProblemDetailsKeyedByJsonName()
    {
        var api = await factory.AdminApiAsync();

        var response = await api.PostAsJsonAsync("/api/v1/structures", new { name = "", type = "nonsense", email = "not-an-email" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("υποχρεωτικό", errors.GetProperty("name")[0].GetString());
        Assert.True(errors.TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Update_StaleVersion_ReturnsConflict()
    {
        var municipality = await factory.MunicipalityAsync();
        var id = await factory.StructureAsync(municipality);
        var api = await factory.AdminApiAsync();
        var current = await api.GetFromJsonAsync<JsonElement>($"/api/v1/structures/{id}");
        var fields = new { name = "Νέο όνομα", type = "community_centre", municipalityId = municipality, version = current.GetProperty("version").GetInt32() };

        var first = await api.PutAsJsonAsync($"/api/v1/structures/{id}", fields);
        var second = await api.PutAsJsonAsync($"/api/v1/structures/{id}", fields with { });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Services_AddWithAxis_ListedWithAxisCode()
    {
        var municipality = await factory.MunicipalityAsync();
        var id = await factory.StructureAsync(municipality);
        var api = await factory.AdminApiAsync();

        var created = await api.PostAsJsonAsync($"/api/v1/structures/{id}/services", new { name = "Ενημέρωση", axis = "B", description = "Πληροφόρηση" });
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/structures/{id}/services");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var service = Assert.Single(list.EnumerateArray());
        Assert.Equal("B", service.GetProperty("axis").GetString());
    }

    [Fact]
    public async Task Services_UnknownAxis_Rejected()
    {
        var municipality = await factory.MunicipalityAsync();
        var id = await factory.StructureAsync(municipality);
        var api = await factory.AdminApiAsync();

        var response = await api.PostAsJsonAsync($"/api/v1/structures/{id}/services", new { name = "Χ", axis = "Z" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Create_MunicipalityByNameOrId_Accepted(bool byName)
    {
        var name = "Δήμος " + Guid.NewGuid().ToString("N")[..8];
        var municipality = await factory.MunicipalityAsync(name);
        var api = await factory.AdminApiAsync();

        var response = byName
            ? await api.PostAsJsonAsync("/api/v1/structures", new { name = "Δομή με όνομα δήμου", type = "day_centre", municipality = name })
            : await api.PostAsJsonAsync("/api/v1/structures", new { name = "Δομή με αριθμό δήμου", type = "day_centre", municipality });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(municipality, body.GetProperty("municipalityId").GetInt32());
        Assert.Equal(name, body.GetProperty("municipality").GetString());
    }

    [Fact]
    public async Task Create_UnknownMunicipality_RejectedOnThatField()
    {
        var api = await factory.AdminApiAsync();

        var response = await api.PostAsJsonAsync("/api/v1/structures", new { name = "Χ", type = "day_centre", municipality = "Δήμος που δεν υπάρχει" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("municipality", out _));
    }
}
