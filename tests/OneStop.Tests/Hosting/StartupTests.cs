using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.Seeding;

namespace OneStop.Tests.Hosting;

public sealed class DemoDataTests(DemoAppFactory factory) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task DemoData_Loaded_SupervisorSeesTheMunicipalityButNotItsShelter()
    {
        var api = await factory.ApiAsync("supervisor@demo.test", DemoData.Password);

        var structures = await api.GetFromJsonAsync<JsonElement>("/api/v1/structures");

        Assert.Equal(6, structures.GetArrayLength());
        Assert.DoesNotContain(structures.EnumerateArray(), s => s.GetProperty("type").GetString() == "shelter");
        Assert.All(structures.EnumerateArray(), s => Assert.Equal(DemoData.MunicipalityName, s.GetProperty("municipality").GetString()));
    }

    [Fact]
    public async Task DemoData_Loaded_FrontDeskSeesOnlyTheirCentre()
    {
        var api = await factory.ApiAsync("frontdesk@demo.test", DemoData.Password);

        var structures = await api.GetFromJsonAsync<JsonElement>("/api/v1/structures");

        var only = Assert.Single(structures.EnumerateArray());
        Assert.Equal("community_centre", only.GetProperty("type").GetString());
    }

    [Fact]
    public async Task DemoData_Loaded_ShelterIsProtectedAndHiddenFromTheCentre()
    {
        var api = await factory.ApiAsync("coordinator@demo.test", DemoData.Password);
        await using var scope = factory.Scope();
        var shelter = await factory.Db(scope).Structures.SingleAsync(s => s.StructureType!.Code == "shelter");

        var response = await api.GetAsync($"/api/v1/structures/{shelter.Id}");

        Assert.True(shelter.IsProtected);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>A first start without bootstrap settings: admin@localhost with a random password.</summary>
public sealed class BootstrapDefaultsFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OneStop:Bootstrap:AdminEmail", "");
        builder.UseSetting("OneStop:Bootstrap:AdminPassword", "");
    }
}

public sealed class BootstrapTests(BootstrapDefaultsFactory factory) : IClassFixture<BootstrapDefaultsFactory>
{
    [Fact]
    public async Task FirstStart_NoBootstrapSettings_CreatesNationalAdministratorAtLocalhost()
    {
        _ = factory.Services;
        await using var scope = factory.Scope();
        var db = factory.Db(scope);

        var admin = await db.Users.Include(u => u.RoleAssignments).SingleAsync();

        Assert.Equal("admin@localhost", admin.Email);
        var grant = Assert.Single(admin.RoleAssignments);
        Assert.Equal(AppRole.Administrator, grant.Role);
        Assert.Null(grant.StructureId);
        Assert.False(string.IsNullOrEmpty(admin.PasswordHash));
    }
}
