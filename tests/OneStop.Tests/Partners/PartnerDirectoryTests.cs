using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;
using OneStop.Tests.Referrals;

namespace OneStop.Tests.Partners;

/// <summary>The partner directory: keeping it, the stale flag, and the HSDS export/import round trip.</summary>
[Collection(ReferralsCollection.Name)]
public sealed class PartnerDirectoryTests(AppFactory factory)
{
    [Fact]
    public async Task Hsds_ExportImportIntoAnotherMunicipality_RoundTripsEveryField()
    {
        var first = await factory.MunicipalityAsync();
        var second = await factory.MunicipalityAsync();
        var centre = await factory.StructureAsync(first);
        var coordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, centre)));
        var today = AthensClock.DayOf(DateTime.UtcNow);

        var org = await coordinator.PostAsJsonAsync("/api/v1/partners/organizations", new
        {
            name = "Ένωση Πολυτέκνων", kind = "ngo", description = "Στήριξη οικογενειών", email = "info@polyteknoi.test", phone = "2101234567", website = "https://polyteknoi.test",
        });
        Assert.Equal(HttpStatusCode.Created, org.StatusCode);
        var orgId = (await org.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var fresh = await coordinator.PostAsJsonAsync($"/api/v1/partners/organizations/{orgId}/services", new
        {
            name = "Διανομή τροφίμων", description = "Κάθε Τρίτη", eligibility = "Πολύτεκνες οικογένειες", languages = "el,en", fees = "Δωρεάν",
            schedule = "Τρ 10:00-13:00", address = "Αθηνάς 10", city = "Αθήνα", postalCode = "10551", contactName = "Κ. Νικολάου", phone = "2107654321",
            email = "food@polyteknoi.test", accessibility = "Ράμπα στην είσοδο", status = "temporarily_closed", verifiedOn = today, verifiedBy = "coordinator@test",
        });
        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        Assert.False((await fresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stale").GetBoolean());
        var old = await coordinator.PostAsJsonAsync($"/api/v1/partners/organizations/{orgId}/services", new { name = "Νομική συμβουλευτική", verifiedOn = today.AddMonths(-13) });
        Assert.True((await old.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stale").GetBoolean());
        var staleOnly = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/partners/organizations?stale=true");
        Assert.Equal(1, staleOnly.GetProperty("total").GetInt32());

        var services = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/hsds/services?page=2&per_page=1");
        Assert.Equal(2, services.GetProperty("total_items").GetInt32());
        Assert.Equal(2, services.GetProperty("page_number").GetInt32());
        Assert.True(services.GetProperty("last_page").GetBoolean());
        Assert.Single(services.GetProperty("contents").EnumerateArray());

        var export = await coordinator.GetStringAsync("/api/v1/hsds/organizations");
        var exported = JsonNode.Parse(export)!;
        var service = exported["contents"]![0]!["services"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Διανομή τροφίμων")!;
        Assert.Equal("temporarily closed", service["status"]!.GetValue<string>());
        Assert.Equal("Ράμπα στην είσοδο", service["service_at_locations"]![0]!["location"]!["accessibility"]![0]!["description"]!.GetValue<string>());
        Assert.Equal("ngo", exported["contents"]![0]!["legal_status"]!.GetValue<string>());

        // Another municipality imports it (the national administrator keeps every directory) and exports the same.
        var admin = await factory.AdminApiAsync();
        var import = await admin.PostAsync($"/api/v1/hsds/organizations?municipalityId={second}", new StringContent(export, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var again = await admin.PostAsync($"/api/v1/hsds/organizations?municipalityId={second}", new StringContent(export, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var secondUser = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, await factory.StructureAsync(second))));
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(await secondUser.GetStringAsync("/api/v1/hsds/organizations"))));

        // The first municipality's users do not see the second's directory, nor may they import into it.
        Assert.Equal(1, (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/hsds/organizations")).GetProperty("total_items").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsync($"/api/v1/hsds/organizations?municipalityId={second}", new StringContent(export, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        var bad = await admin.PostAsync($"/api/v1/hsds/organizations?municipalityId={second}", new StringContent("""{"contents":[{"id":"nope","name":"x"}]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var longName = new string('α', 201);
        var tooLong = await admin.PostAsync($"/api/v1/hsds/organizations?municipalityId={second}", new StringContent($$"""{"contents":[{"id":"{{Guid.NewGuid()}}","name":"Οργάνωση","services":[{"id":"{{Guid.NewGuid()}}","name":"{{longName}}"}]}]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("name", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(exported, JsonNode.Parse(await secondUser.GetStringAsync("/api/v1/hsds/organizations"))));
    }

    [Fact]
    public async Task Pages_DirectoryAndForms_ShowEntriesAndRefuseInvalidInput()
    {
        var municipality = await factory.MunicipalityAsync();
        var centre = await factory.StructureAsync(municipality);
        var email = await factory.UserAsync((AppRole.Coordinator, centre));
        var browser = await factory.BrowserAsync(email, TestData.Password);

        var invalid = await browser.PostFormAsync("/Partners/Organization", new() { ["Input.Name"] = "", ["Input.Kind"] = "Ngo" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("field-error", await invalid.TextAsync());

        var created = await browser.PostFormAsync("/Partners/Organization", new() { ["Input.Name"] = "ΚΕΠ Δήμου", ["Input.Kind"] = "MunicipalService" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await browser.GetTextAsync("/Partners");
        Assert.Contains("ΚΕΠ Δήμου", page);
        Assert.Contains("Δημοτική υπηρεσία", page);
    }
}
