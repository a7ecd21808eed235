using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Admin;

public sealed partial class AdminPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<HttpClient> AdminAsync() => factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);

    [Theory]
    [InlineData("/Admin/Reference")]
    [InlineData("/Admin/Reference/Municipalities")]
    [InlineData("/Admin/Reference/StructureTypes")]
    [InlineData("/Admin/Reference/Programmes")]
    [InlineData("/Admin/Audit")]
    public async Task AdminPages_NationalAdministrator_Open(string url)
    {
        var browser = await AdminAsync();

        var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Municipalities_NationalAdministrator_AddsAndDeactivates()
    {
        var browser = await AdminAsync();
        var name = "Δήμος Σελίδας " + Guid.NewGuid().ToString("N")[..6];

        var added = await browser.PostFormAsync("/Admin/Reference/Municipalities", new() { ["Input.Name"] = name, ["Input.Region"] = "Κρήτη", ["Input.IsActive"] = "true" });
        int id;
        await using (var scope = factory.Scope())
        {
            id = await factory.Db(scope).Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync();
        }

        var edited = await browser.PostFormAsync($"/Admin/Reference/Municipalities?edit={id}", new() { ["Input.Name"] = name, ["Input.IsActive"] = "false", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await using var check = factory.Scope();
        Assert.False(await factory.Db(check).Municipalities.Where(m => m.Id == id).Select(m => m.IsActive).SingleAsync());
    }

    [Fact]
    public async Task Municipalities_EmptyName_MessageAndKeepsRegion()
    {
        var browser = await AdminAsync();

        var response = await browser.PostFormAsync("/Admin/Reference/Municipalities", new() { ["Input.Name"] = "", ["Input.Region"] = "Ήπειρος", ["Input.IsActive"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.TextAsync();
        Assert.Contains("υποχρεωτικό", page);
        Assert.Contains("value=\"Ήπειρος\"", page);
    }

    [Fact]
    public async Task Municipalities_StructureAdministrator_ReadsButCannotChange()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await factory.BrowserAsync(await factory.UserAsync((AppRole.Administrator, structure)), TestData.Password);

        var page = await (await browser.GetAsync("/Admin/Reference/Municipalities")).TextAsync();
        // The page offers no form, so the token comes from a page that does.
        var post = await browser.PostToAsync("/Admin/Reference/Programmes", "/Admin/Reference/Municipalities", [new("Input.Name", "Δήμος Απαγορευμένος"), new("Input.IsActive", "true")]);
        var programmes = await (await browser.GetAsync("/Admin/Reference/Programmes")).TextAsync();

        Assert.DoesNotContain("name=\"Input.Name\"", page);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("name=\"Input.Code\"", programmes);
    }

    [Fact]
    public async Task StructureTypes_Edit_CodeStaysFixed()
    {
        var browser = await AdminAsync();
        int id;
        await using (var scope = factory.Scope())
        {
            id = await factory.Db(scope).StructureTypes.Where(t => t.Code == "day_centre").Select(t => t.Id).SingleAsync();
        }

        var response = await browser.PostFormAsync($"/Admin/Reference/StructureTypes?edit={id}", new()
        {
            ["Input.Code"] = "renamed_code", ["Input.NameEl"] = "Κέντρο Ημερήσιας Φροντίδας", ["Input.NameEn"] = "Day care centre", ["Input.SortOrder"] = "100", ["Input.IsActive"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = factory.Scope();
        var type = await factory.Db(check).StructureTypes.SingleAsync(t => t.Id == id);
        Assert.Equal(("day_centre", "Κέντρο Ημερήσιας Φροντίδας", "Day care centre"), (type.Code, type.NameEl, type.NameEn));
    }

    [Fact]
    public async Task Audit_FilterByEntity_ShowsChangeInAthensTime()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync(), "Πριν");
        var api = await factory.AdminApiAsync();
        await api.PutAsJsonAsync($"/api/v1/structures/{id}", new { name = "Μετά", type = "community_centre" });
        var browser = await AdminAsync();
        var entityId = id.ToString(CultureInfo.InvariantCulture);

        var page = await (await browser.GetAsync($"/Admin/Audit?Input.EntityType=Structure&Input.EntityId={entityId}&Input.Action=update")).TextAsync();

        Assert.Contains("Πριν → Μετά", page);
        Assert.Matches(AthensTime(), page);
        Assert.Contains(AppFactory.AdminEmail, page);
    }

    [Fact]
    public async Task Audit_StructureLevelDpo_SeesOwnMunicipalityOnly()
    {
        var mine = await factory.StructureAsync(await factory.MunicipalityAsync(), "Δική μου δομή " + Guid.NewGuid().ToString("N")[..6]);
        var other = await factory.StructureAsync(await factory.MunicipalityAsync(), "Ξένη δομή " + Guid.NewGuid().ToString("N")[..6]);
        var dpo = await factory.BrowserAsync(await factory.UserAsync((AppRole.DataProtectionOfficer, mine)), TestData.Password);

        var page = await (await dpo.GetAsync("/Admin/Audit?Input.EntityType=Structure")).TextAsync();

        Assert.Contains($"Structure #{mine}", page);
        Assert.DoesNotContain($"Structure #{other}", page);
    }

    [Fact]
    public async Task Audit_FrontDesk_Refused()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await factory.BrowserAsync(await factory.UserAsync((AppRole.FrontDesk, structure)), TestData.Password);

        var response = await browser.GetAsync("/Admin/Audit");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}")]
    private static partial Regex AthensTime();
}
