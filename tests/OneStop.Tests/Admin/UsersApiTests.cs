using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Admin;

public sealed class UsersApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NewPassword = "Brand-new-password-9";

    [Fact]
    public async Task Create_ValidUser_ReturnsCreatedAndUserCanSignIn()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();
        var email = NewEmail();

        var response = await api.PostAsJsonAsync("/api/v1/users", new
        {
            email,
            password = NewPassword,
            displayName = "Μαρία Παπαδοπούλου",
            roles = new[] { new { role = "Caseworker", structureId = (int?)structure } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, body.GetProperty("email").GetString());
        Assert.False(body.GetProperty("isDisabled").GetBoolean());
        var role = Assert.Single(body.GetProperty("roles").EnumerateArray());
        Assert.Equal("Caseworker", role.GetProperty("role").GetString());
        Assert.Equal(structure, role.GetProperty("structureId").GetInt32());

        var asUser = await factory.ApiAsync(email, NewPassword);
        var structures = await asUser.GetFromJsonAsync<JsonElement>("/api/v1/structures");
        Assert.Contains(structures.EnumerateArray(), s => s.GetProperty("id").GetInt32() == structure);
    }

    [Fact]
    public async Task Create_InvalidFields_ReturnsProblemDetailsKeyedByJsonName()
    {
        var api = await factory.AdminApiAsync();

        var response = await api.PostAsJsonAsync("/api/v1/users", new { email = "not-an-email", displayName = "", password = NewPassword, roles = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.Contains("υποχρεωτικό", errors.GetProperty("displayName")[0].GetString());
    }

    [Fact]
    public async Task Create_WeakPasswordAndUnknownRole_ReturnsPasswordAndRolesErrors()
    {
        var api = await factory.AdminApiAsync();

        var weak = await api.PostAsJsonAsync("/api/v1/users", new { email = NewEmail(), displayName = "Α Β", password = "short1", roles = new[] { new { role = "Administrator", structureId = (int?)null } } });
        var unknownRole = await api.PostAsJsonAsync("/api/v1/users", new { email = NewEmail(), displayName = "Α Β", password = NewPassword, roles = new[] { new { role = "Janitor", structureId = (int?)null } } });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True((await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
        Assert.Contains("Janitor", (await unknownRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task Create_ByScopedAdminInOtherMunicipality_ReturnsUnknownStructureUnderRoles()
    {
        var (admin, _) = await ScopedAdminAsync();
        var foreign = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.ApiAsAsync(admin);

        var response = await api.PostAsJsonAsync("/api/v1/users", new { email = NewEmail(), displayName = "Α Β", password = NewPassword, roles = new[] { new { role = "Caseworker", structureId = (int?)foreign } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("Άγνωστη δομή", errors.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task Create_NationalRoleByScopedAdmin_ReturnsRolesError()
    {
        var (admin, _) = await ScopedAdminAsync();
        var api = await factory.ApiAsAsync(admin);

        var response = await api.PostAsJsonAsync("/api/v1/users", new { email = NewEmail(), displayName = "Α Β", password = NewPassword, roles = new[] { new { role = "Auditor", structureId = (int?)null } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task Get_UserOfOtherMunicipality_ByScopedAdmin_ReturnsNotFoundAndIsNotListed()
    {
        var (admin, own) = await ScopedAdminAsync();
        var colleague = await factory.UserAsync((AppRole.FrontDesk, own));
        var stranger = await factory.UserAsync((AppRole.Caseworker, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var api = await factory.ApiAsAsync(admin);

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/users");
        var strangerId = await IdOfAsync(stranger);
        var get = await api.GetAsync($"/api/v1/users/{strangerId}");
        var disable = await api.PostAsync($"/api/v1/users/{strangerId}/disable", null);

        var emails = list.EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.Contains(colleague, emails);
        Assert.DoesNotContain(stranger, emails);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
    }

    [Fact]
    public async Task List_ByNonAdministrator_ReturnsForbidden()
    {
        var caseworker = await factory.UserAsync((AppRole.Caseworker, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var api = await factory.ApiAsAsync(caseworker);

        var response = await api.GetAsync("/api/v1/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SetRoles_ReplacesRoles_AndRefusesForeignStructure()
    {
        var (admin, own) = await ScopedAdminAsync();
        var user = await factory.UserAsync((AppRole.FrontDesk, own));
        var foreign = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.ApiAsAsync(admin);
        var id = await IdOfAsync(user);

        var ok = await api.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { new { role = "Coordinator", structureId = own } } });
        var refused = await api.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { new { role = "Coordinator", structureId = foreign } } });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var role = Assert.Single((await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray());
        Assert.Equal("Coordinator", role.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task SetRoles_OwnLastAdministratorRole_Rejected()
    {
        var (admin, own) = await ScopedAdminAsync();
        var api = await factory.ApiAsAsync(admin);

        var response = await api.PutAsJsonAsync($"/api/v1/users/{await IdOfAsync(admin)}/roles", new { roles = new[] { new { role = "Caseworker", structureId = own } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roles", out _));
    }

    [Fact]
    public async Task Disable_Self_Rejected()
    {
        var (admin, _) = await ScopedAdminAsync();
        var api = await factory.ApiAsAsync(admin);

        var response = await api.PostAsync($"/api/v1/users/{await IdOfAsync(admin)}/disable", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Disable_User_CannotSignInAndTokenStopsWorking()
    {
        var user = await factory.UserAsync((AppRole.Caseworker, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var userApi = await factory.ApiAsAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await userApi.GetAsync("/api/v1/structures")).StatusCode);
        var admin = await factory.AdminApiAsync();

        var disabled = await admin.PostAsync($"/api/v1/users/{await IdOfAsync(user)}/disable", null);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isDisabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await userApi.GetAsync("/api/v1/structures")).StatusCode);
        var login = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user, password = TestData.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        var enabled = await admin.PostAsync($"/api/v1/users/{await IdOfAsync(user)}/enable", null);

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        await factory.ApiAsAsync(user);
    }

    [Fact]
    public async Task ResetPassword_NewPassword_WorksAndOldFails()
    {
        var user = await factory.UserAsync((AppRole.FrontDesk, await factory.StructureAsync(await factory.MunicipalityAsync())));
        var admin = await factory.AdminApiAsync();
        var id = await IdOfAsync(user);

        var weak = await admin.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = "abc" });
        var reset = await admin.PostAsJsonAsync($"/api/v1/users/{id}/reset-password", new { password = NewPassword });

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.True((await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var old = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user, password = TestData.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await factory.ApiAsync(user, NewPassword);
    }

    [Fact]
    public async Task Create_User_AuditedWithoutPasswordHash()
    {
        var api = await factory.AdminApiAsync();
        var email = NewEmail();

        var response = await api.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Ελεγκτής", password = NewPassword, roles = new[] { new { role = "Auditor", structureId = (int?)null } } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var hash = await db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync();
        var audit = await db.AuditEntries.Where(a => a.EntityType == "AppUser" && a.EntityId == id).ToListAsync();
        var insert = Assert.Single(audit, a => a.Action == AuditAction.Insert);
        Assert.Equal(AppFactory.AdminEmail, insert.UserName);
        Assert.Contains(email, insert.Changes);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "RoleAssignment" && a.Changes!.Contains("Auditor")));
        var all = await db.AuditEntries.Select(a => a.Changes).ToListAsync();
        Assert.DoesNotContain(all, c => c != null && c.Contains(hash!, StringComparison.Ordinal));
    }

    private static string NewEmail() => $"new-{Guid.NewGuid():N}@test.local";

    private async Task<(string Email, int Structure)> ScopedAdminAsync()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        return (await factory.UserAsync((AppRole.Administrator, structure)), structure);
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
