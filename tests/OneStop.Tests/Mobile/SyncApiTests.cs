using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Mobile;

public sealed class SyncApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static Dictionary<string, JsonElement> ByClientId(JsonElement body) =>
        body.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("clientId").GetString()!);

    [Fact]
    public async Task Sync_SameBatchTwice_CreatedOnceThenAlreadyPresent()
    {
        var c = await factory.CentreAsync();
        var person = await factory.BeneficiaryAsync(c.Structure, "Ιωάννου", "Μαρία");
        var list = await c.ListAsync(1, "month", enforced: true);
        await c.PutHouseholdAsync(list, person, 4, "2020-01-01");
        string anonymous = Guid.NewGuid().ToString(), named = Guid.NewGuid().ToString(), given = Guid.NewGuid().ToString(), bad = Guid.NewGuid().ToString();
        var batch = new
        {
            records = new object[]
            {
                new { clientId = anonymous, type = "visit", data = new { structureId = c.Structure, anonymous = true, gender = "male", ageBand = "over64", channel = "mobile_unit", reason = "Ενημέρωση", axis = "A", outcome = "informed" } },
                new { clientId = named, type = "visit", data = new { structureId = c.Structure, beneficiaryId = person, channel = "mobile_unit", reason = "Τρόφιμα", axis = "C", outcome = "informed" } },
                new { clientId = given, type = "distribution", data = new { listId = list, beneficiaryId = person, parcels = 2, items = "Δέμα ΤΕΒΑ", signature = "paper" } },
                new { clientId = bad, type = "visit", data = new { structureId = c.Structure, anonymous = true, axis = "A" } },
                new { clientId = "not-a-uuid", type = "visit", data = new { } },
                new { clientId = Guid.NewGuid().ToString(), type = "parcel", data = new { } },
            },
        };

        var first = ByClientId(await (await c.Api.PostAsJsonAsync("/api/v1/sync", batch)).JsonAsync());
        var second = ByClientId(await (await c.Api.PostAsJsonAsync("/api/v1/sync", batch)).JsonAsync());

        foreach (var key in new[] { anonymous, named, given })
        {
            Assert.Equal("created", first[key].GetProperty("status").GetString());
            Assert.Equal("already_present", second[key].GetProperty("status").GetString());
            Assert.Equal(first[key].GetProperty("id").GetInt64(), second[key].GetProperty("id").GetInt64());
        }

        Assert.Equal("invalid", first[bad].GetProperty("status").GetString());
        var errors = first[bad].GetProperty("problem").GetProperty("errors");
        Assert.True(errors.TryGetProperty("reason", out _));
        Assert.True(errors.TryGetProperty("outcome", out _));
        Assert.Equal(400, first[bad].GetProperty("problem").GetProperty("status").GetInt32());
        Assert.True(first["not-a-uuid"].GetProperty("problem").GetProperty("errors").TryGetProperty("clientId", out _));
        Assert.Equal(6, first.Count);

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.Equal(2, await db.Visits.CountAsync(v => v.StructureId == c.Structure));
        Assert.Equal(1, await db.Distributions.CountAsync(d => d.ListId == list));
        var visit = await db.Visits.SingleAsync(v => v.Id == first[named].GetProperty("id").GetInt64());
        Assert.Equal(person, visit.BeneficiaryId);
        Assert.Equal(VisitChannel.MobileUnit, visit.Channel);
    }

    [Fact]
    public async Task Sync_ConcurrentReplays_WrittenOnce()
    {
        var c = await factory.CentreAsync();
        var keys = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid().ToString()).ToList();
        var batch = new
        {
            records = keys.Select(k => new { clientId = k, type = "visit", data = new { structureId = c.Structure, anonymous = true, gender = "female", ageBand = "under18", reason = "Καταμέτρηση", axis = "A", outcome = "informed" } }).ToArray(),
        };

        // Separate clients, as after a dropped connection the phone retries while the first request still runs.
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.ApiAsAsync(c.FrontDesk)));
        var responses = await Task.WhenAll(clients.Select(client => client.PostAsJsonAsync("/api/v1/sync", batch)));

        var results = new List<JsonElement>();
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            results.AddRange((await response.JsonAsync()).GetProperty("results").EnumerateArray());
        }

        foreach (var key in keys)
        {
            var mine = results.Where(r => r.GetProperty("clientId").GetString() == key).ToList();
            Assert.Single(mine, r => r.GetProperty("status").GetString() == "created");
            Assert.Equal(3, mine.Count(r => r.GetProperty("status").GetString() == "already_present"));
            Assert.Single(mine.Select(r => r.GetProperty("id").GetInt64()).Distinct());
        }

        await using var scope = factory.Scope();
        Assert.Equal(5, await factory.Db(scope).Visits.CountAsync(v => v.StructureId == c.Structure));
    }

    [Fact]
    public async Task Sync_CorrectionOfVisitChangedAtCentre_ConflictWithServerStateThenResolved()
    {
        var c = await factory.CentreAsync();
        var created = await (await c.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = c.Structure, anonymous = true, reason = "Πρώτη", axis = "A", outcome = "informed" })).JsonAsync();
        var id = created.GetProperty("id").GetInt64();
        var centre = await c.Api.PutAsJsonAsync($"/api/v1/visits/{id}", new { anonymous = true, reason = "Διόρθωση στο κέντρο", axis = "B", outcome = "informed", version = 0 });
        Assert.Equal(HttpStatusCode.OK, centre.StatusCode);
        var key = Guid.NewGuid().ToString();
        object Correction(int version) => new { records = new[] { new { clientId = key, type = "visit", data = new { id, anonymous = true, reason = "Διόρθωση στο κινητό", axis = "C", outcome = "referred", version } } } };

        var conflict = (await (await c.Api.PostAsJsonAsync("/api/v1/sync", Correction(0))).JsonAsync()).GetProperty("results")[0];

        Assert.Equal("conflict", conflict.GetProperty("status").GetString());
        Assert.Equal(id, conflict.GetProperty("id").GetInt64());
        Assert.Equal("Διόρθωση στο κέντρο", conflict.GetProperty("current").GetProperty("reason").GetString());
        Assert.Equal(1, conflict.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal(409, conflict.GetProperty("problem").GetProperty("status").GetInt32());

        // The user chose their own text over the centre's: the same key, the server's version.
        var resolved = (await (await c.Api.PostAsJsonAsync("/api/v1/sync", Correction(1))).JsonAsync()).GetProperty("results")[0];
        var replay = (await (await c.Api.PostAsJsonAsync("/api/v1/sync", Correction(1))).JsonAsync()).GetProperty("results")[0];

        Assert.Equal("updated", resolved.GetProperty("status").GetString());
        Assert.Equal("already_present", replay.GetProperty("status").GetString());
        var visit = await (await c.Api.GetAsync($"/api/v1/visits/{id}")).JsonAsync();
        Assert.Equal("Διόρθωση στο κινητό", visit.GetProperty("reason").GetString());
        Assert.Equal(2, visit.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Sync_DistributionAlreadyReceivedThisPeriod_ConflictOnEnforcedListWarningOtherwise()
    {
        var c = await factory.CentreAsync();
        var person = await factory.BeneficiaryAsync(c.Structure, "Γεωργίου", "Νίκος");
        var enforced = await c.ListAsync(1, "month", enforced: true);
        var warned = await c.ListAsync(1, "month", enforced: false);
        await c.PutHouseholdAsync(enforced, person, 3, "2020-01-01");
        await c.PutHouseholdAsync(warned, person, 3, "2020-01-01");
        var today = CommunityData.AthensToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var list in new[] { enforced, warned })
        {
            var atCentre = await c.Api.PostAsJsonAsync("/api/v1/distributions", new { listId = list, beneficiaryId = person, parcels = 1, signature = "paper" });
            Assert.Equal(HttpStatusCode.Created, atCentre.StatusCode);
        }

        var refusedKey = Guid.NewGuid().ToString();
        var warnedKey = Guid.NewGuid().ToString();
        var body = await (await c.Api.PostAsJsonAsync("/api/v1/sync", new
        {
            records = new[]
            {
                new { clientId = refusedKey, type = "distribution", data = new { listId = enforced, beneficiaryId = person, parcels = 1, signature = "paper" } },
                new { clientId = warnedKey, type = "distribution", data = new { listId = warned, beneficiaryId = person, parcels = 1, signature = "paper" } },
            },
        })).JsonAsync();
        var results = ByClientId(body);

        var conflict = results[refusedKey];
        Assert.Equal("conflict", conflict.GetProperty("status").GetString());
        var current = conflict.GetProperty("current");
        Assert.Equal(1, current.GetProperty("receivedInPeriod").GetInt32());
        Assert.Equal(today, current.GetProperty("previous")[0].GetProperty("day").GetString());
        Assert.False(current.GetProperty("eligible").GetBoolean());
        Assert.Equal("created", results[warnedKey].GetProperty("status").GetString());
        Assert.Equal(1, results[warnedKey].GetProperty("warning").GetProperty("receivedInPeriod").GetInt32());

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.Equal(1, await db.Distributions.CountAsync(d => d.ListId == enforced));
        Assert.Equal(2, await db.Distributions.CountAsync(d => d.ListId == warned));
        Assert.True(await db.Distributions.AnyAsync(d => d.ListId == warned && d.OverridesRule));
        Assert.False(await db.SyncRecords.AnyAsync(s => s.ClientId == Guid.Parse(refusedKey)));
    }

    [Fact]
    public async Task Sync_CookieSession_NeedsTheAntiforgeryToken()
    {
        var c = await factory.CentreAsync();
        var browser = await factory.BrowserAsync(c.FrontDesk, TestData.Password);
        var record = new { records = new[] { new { clientId = Guid.NewGuid().ToString(), type = "visit", data = new { structureId = c.Structure, anonymous = true, reason = "Ενημέρωση", axis = "A", outcome = "informed" } } } };

        var refused = await browser.PostAsJsonAsync("/api/v1/sync", record);
        var token = await (await browser.GetAsync("/api/v1/sync/token")).JsonAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sync") { Content = JsonContent.Create(record) };
        request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var accepted = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("created", (await accepted.JsonAsync()).GetProperty("results")[0].GetProperty("status").GetString());
    }
}
