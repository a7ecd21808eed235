using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Structures;

public sealed class StructureEditByCoordinatorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task EditForm_CoordinatorChangesPhone_SavedAndPlacementKept()
    {
        var municipality = await factory.MunicipalityAsync();
        var centre = await factory.StructureAsync(municipality);
        var branch = await factory.StructureAsync(municipality, type: "roma_branch", parentId: centre);
        var coordinator = await factory.UserAsync((AppRole.Coordinator, branch));
        var browser = await factory.BrowserAsync(coordinator, TestData.Password);
        var form = await browser.GetStringAsync($"/Structures/Edit/{branch}");
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;

        var response = await browser.PostMultipartAsync($"/Structures/Edit/{branch}",
        [
            new("Input.Name", "Παράρτημα Ρομά"), new("Input.Type", "roma_branch"), new("Input.ParentId", centre.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.MunicipalityId", municipality.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.IsProtected", "False"),
            new("Input.Phone", "2310 123456"), new("Input.Version", version),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Scope();
        var saved = await factory.Db(scope).Structures.SingleAsync(s => s.Id == branch);
        Assert.Equal("2310 123456", saved.Phone);
        Assert.Equal(centre, saved.ParentId);
    }

    [Fact]
    public async Task Api_CoordinatorProtectsStructure_RefusedOnThatField()
    {
        var municipality = await factory.MunicipalityAsync();
        var centre = await factory.StructureAsync(municipality);
        var coordinator = await factory.UserAsync((AppRole.Coordinator, centre));
        var api = await factory.ApiAsAsync(coordinator);

        var response = await api.PutAsJsonAsync($"/api/v1/structures/{centre}", new { name = "Κέντρο", type = "community_centre", isProtected = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("isProtected", out _));
    }

    [Fact]
    public async Task EditForm_CoordinatorOfAnotherStructure_Gets404()
    {
        var municipality = await factory.MunicipalityAsync();
        var mine = await factory.StructureAsync(municipality);
        var sibling = await factory.StructureAsync(municipality);
        var coordinator = await factory.UserAsync((AppRole.Coordinator, mine));
        var browser = await factory.BrowserAsync(coordinator, TestData.Password);

        var response = await browser.GetAsync($"/Structures/Edit/{sibling}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
