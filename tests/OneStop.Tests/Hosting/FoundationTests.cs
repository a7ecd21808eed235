using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hosting;

public sealed class FoundationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Health_DatabaseReachable_Returns200()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/structures", paths);
        Assert.Contains("/api/v1/structures/{id}/services", paths);
        Assert.Contains("/api/v1/auth/login", paths);
    }

    [Fact]
    public async Task Api_Anonymous_Returns401ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/structures");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Register_SelfRegistration_IsNotOffered()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "intruder@test.local", password = "Intruder-Password-1" });

        Assert.False(response.IsSuccessStatusCode);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Users.AnyAsync(u => u.Email == "intruder@test.local"));
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = AppFactory.AdminEmail, password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_BodyNotJson_Returns400NamingTheField()
    {
        var api = await factory.AdminApiAsync();

        var response = await api.PostAsync("/api/v1/structures", new StringContent("""{"name": "Χ", "parentId": "abc"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("parentId", out _));
    }

    [Fact]
    public async Task Api_AcceptLanguageEnglish_MessagesInEnglish()
    {
        var api = await factory.ApiAsync(AppFactory.AdminEmail, AppFactory.AdminPassword, language: "en");

        var response = await api.PostAsJsonAsync("/api/v1/structures", new { name = "", type = "community_centre" });

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Name is required.", errors.GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task AuditLog_ChangeOrDelete_RefusedByTheDatabase()
    {
        await factory.MunicipalityAsync();
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.True(await db.AuditEntries.AnyAsync());

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET user_name = 'forged'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries"));
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabase()
    {
        await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);

        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public async Task ReferenceData_Seeded_WithEveryStructureTypeCode()
    {
        var api = await factory.AdminApiAsync();

        var types = await api.GetFromJsonAsync<JsonElement>("/api/v1/structure-types");

        var codes = types.EnumerateArray().Select(t => t.GetProperty("code").GetString()).ToList();
        Assert.Equal(
            ["community_centre", "roma_branch", "migrant_integration_centre", "mobile_unit", "food_distribution", "soup_kitchen", "social_grocery", "social_pharmacy", "shelter", "day_centre", "other"],
            codes);
    }
}
