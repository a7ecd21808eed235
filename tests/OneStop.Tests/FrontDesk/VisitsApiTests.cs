using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.FrontDesk;

public sealed class VisitsApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private sealed record Arranged(HttpClient Api, int Municipality, int Structure, int Sibling, int Service, string FrontDesk);

    private async Task<Arranged> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var sibling = await factory.StructureAsync(municipality);
        var service = await factory.ServiceAsync(structure, "Ενημέρωση για επιδόματα");
        var frontDesk = await factory.UserAsync((AppRole.FrontDesk, structure));
        return new Arranged(await factory.ApiAsAsync(frontDesk), municipality, structure, sibling, service, frontDesk);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Post_KnownPerson_CreatedWithServicesAndStaff()
    {
        var a = await ArrangeAsync();
        var person = await factory.BeneficiaryAsync(a.Structure, "Παπαδοπούλου", "Ελένη");

        var response = await a.Api.PostAsJsonAsync("/api/v1/visits", new
        {
            structureId = a.Structure, beneficiaryId = person, channel = "phone", reason = "Επίδομα θέρμανσης", axis = "B", serviceIds = new[] { a.Service }, outcome = "appointment",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var visit = await JsonAsync(response);
        Assert.Equal("Παπαδοπούλου Ελένη", visit.GetProperty("personName").GetString());
        Assert.Equal("phone", visit.GetProperty("channel").GetString());
        Assert.Equal("B", visit.GetProperty("axis").GetString());
        Assert.Equal("appointment", visit.GetProperty("outcome").GetString());
        Assert.Equal(a.Service, visit.GetProperty("services")[0].GetProperty("id").GetInt32());
        Assert.StartsWith("Test ", visit.GetProperty("staffName").GetString());
    }

    [Fact]
    public async Task Post_Anonymous_CreatedWithGenderAgeBandAndNationality()
    {
        var a = await ArrangeAsync();

        var response = await a.Api.PostAsJsonAsync("/api/v1/visits", new
        {
            structureId = a.Structure, anonymous = true, gender = "female", ageBand = "from30_to54", nationality = "al", reason = "Πληροφορίες για ΚΕΠ", axis = "A", outcome = "informed",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var visit = await JsonAsync(response);
        Assert.True(visit.GetProperty("anonymous").GetBoolean());
        Assert.Equal("from30_to54", visit.GetProperty("ageBand").GetString());
        Assert.Equal("AL", visit.GetProperty("nationality").GetString());
        Assert.Equal("in_person", visit.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Post_MissingFields_ProblemDetailsKeyedByJsonName()
    {
        var a = await ArrangeAsync();

        var response = await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, nationality = "Greek" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("reason", out _));
        Assert.True(errors.TryGetProperty("axis", out _));
        Assert.True(errors.TryGetProperty("outcome", out _));
        Assert.True(errors.TryGetProperty("nationality", out _));
    }

    [Fact]
    public async Task Post_NeitherPersonNorAnonymous_RefusedOnBeneficiaryId()
    {
        var a = await ArrangeAsync();

        var response = await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, reason = "Ερώτηση", axis = "A", outcome = "informed" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("beneficiaryId", out _));
    }

    [Fact]
    public async Task Post_ServiceOfAnotherStructure_RefusedOnServiceIds()
    {
        var a = await ArrangeAsync();
        var foreign = await factory.ServiceAsync(a.Sibling, "Ξένη υπηρεσία");

        var response = await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, anonymous = true, reason = "Ερώτηση", axis = "A", outcome = "informed", serviceIds = new[] { a.Service, foreign } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("serviceIds", out _));
    }

    [Fact]
    public async Task Post_PersonOfAnotherStructure_RefusedAndNotLinked()
    {
        var a = await ArrangeAsync();
        var stranger = await factory.BeneficiaryAsync(a.Sibling, "Γεωργίου", "Νίκος");

        var response = await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, beneficiaryId = stranger, reason = "Ερώτηση", axis = "A", outcome = "informed" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("beneficiaryId", out _));
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == stranger && l.StructureId == a.Structure));
    }

    [Fact]
    public async Task Post_PersonSeenThroughOtherStructureOfUser_LinkedByVisit()
    {
        var a = await ArrangeAsync();
        var both = await factory.UserAsync((AppRole.FrontDesk, a.Structure), (AppRole.FrontDesk, a.Sibling));
        var api = await factory.ApiAsAsync(both);
        var person = await factory.BeneficiaryAsync(a.Sibling, "Ιωάννου", "Μαρία");

        var response = await api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, beneficiaryId = person, reason = "Ερώτηση", axis = "A", outcome = "informed" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var scope = factory.Scope();
        var link = await factory.Db(scope).BeneficiaryLinks.SingleAsync(l => l.BeneficiaryId == person && l.StructureId == a.Structure);
        Assert.Equal(LinkReason.Visit, link.Reason);
    }

    [Fact]
    public async Task Post_StructureOutsideScope_NotFound()
    {
        var a = await ArrangeAsync();

        var response = await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Sibling, anonymous = true, reason = "Ερώτηση", axis = "A", outcome = "informed" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetDay_VisitsOfAnotherStructure_Invisible()
    {
        var a = await ArrangeAsync();
        var otherDesk = await factory.UserAsync((AppRole.FrontDesk, a.Sibling));
        var other = await factory.ApiAsAsync(otherDesk);
        await other.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Sibling, anonymous = true, reason = "Άλλη δομή", axis = "A", outcome = "informed" });
        await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, anonymous = true, reason = "Δική μας", axis = "A", outcome = "informed" });

        var mine = await a.Api.GetFromJsonAsync<JsonElement>($"/api/v1/structures/{a.Structure}/visits");
        var theirs = await a.Api.GetAsync($"/api/v1/structures/{a.Sibling}/visits");
        var theirCard = await a.Api.GetAsync($"/api/v1/structures/{a.Sibling}/visits/daily-card.pdf");

        Assert.Equal(["Δική μας"], mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirCard.StatusCode);
    }

    [Fact]
    public async Task GetDay_ByDate_ListsThatDayInOrderWithNumbers()
    {
        var a = await ArrangeAsync();
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
        foreach (var (time, reason) in new[] { ("11:00", "Δεύτερη"), ("08:30", "Πρώτη") })
        {
            var at = new DateTimeOffset(day.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(2));
            var r = await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, anonymous = true, reason, axis = "A", outcome = "informed", occurredAt = at });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }

        var list = await a.Api.GetFromJsonAsync<JsonElement>($"/api/v1/structures/{a.Structure}/visits?date={day:yyyy-MM-dd}");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Πρώτη", "Δεύτερη"], items.Select(i => i.GetProperty("reason").GetString()));
        Assert.Equal([1, 2], items.Select(i => i.GetProperty("number").GetInt32()));
    }

    [Theory]
    [InlineData("2026-03-10T22:30:00Z", "2026-03-11", "00:30")]
    [InlineData("2026-07-10T20:59:00Z", "2026-07-10", "23:59")]
    [InlineData("2026-07-10T21:00:00Z", "2026-07-11", "00:00")]
    public async Task Post_OccurredAtNearMidnight_DayAndTimeInAthens(string occurredAt, string day, string time)
    {
        var a = await ArrangeAsync();

        var response = await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, anonymous = true, reason = "Αργά", axis = "A", outcome = "informed", occurredAt });

        var visit = await JsonAsync(response);
        Assert.Equal(day, visit.GetProperty("day").GetString());
        Assert.Equal(time, visit.GetProperty("localTime").GetString());
    }

    [Fact]
    public async Task Put_SameDayByFrontDesk_CorrectedAndAudited()
    {
        var a = await ArrangeAsync();
        var created = await JsonAsync(await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, anonymous = true, reason = "Λάθος", axis = "A", outcome = "informed" }));
        var id = created.GetProperty("id").GetInt64();

        var response = await a.Api.PutAsJsonAsync($"/api/v1/visits/{id}", new { anonymous = true, reason = "Σωστό", axis = "C", outcome = "referred", version = created.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Σωστό", (await JsonAsync(response)).GetProperty("reason").GetString());
        await using var scope = factory.Scope();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await factory.Db(scope).AuditEntries.AnyAsync(e => e.EntityType == "Visit" && e.EntityId == key && e.Action == AuditAction.Update));
    }

    [Fact]
    public async Task Put_StaleVersion_Conflict()
    {
        var a = await ArrangeAsync();
        var created = await JsonAsync(await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, anonymous = true, reason = "Πρώτη", axis = "A", outcome = "informed" }));
        var id = created.GetProperty("id").GetInt64();
        var version = created.GetProperty("version").GetInt32();
        await a.Api.PutAsJsonAsync($"/api/v1/visits/{id}", new { anonymous = true, reason = "Δεύτερη", axis = "A", outcome = "informed", version });

        var response = await a.Api.PutAsJsonAsync($"/api/v1/visits/{id}", new { anonymous = true, reason = "Τρίτη", axis = "A", outcome = "informed", version });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Put_OlderDay_FrontDeskRefusedCoordinatorAllowed()
    {
        var a = await ArrangeAsync();
        var coordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, a.Structure)));
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        var created = await JsonAsync(await a.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Structure, anonymous = true, reason = "Χθες", axis = "A", outcome = "informed", occurredAt = yesterday }));
        var id = created.GetProperty("id").GetInt64();
        var body = new { anonymous = true, reason = "Χθες, διορθωμένο", axis = "A", outcome = "informed", occurredAt = yesterday };

        var byFrontDesk = await a.Api.PutAsJsonAsync($"/api/v1/visits/{id}", body);
        var byCoordinator = await coordinator.PutAsJsonAsync($"/api/v1/visits/{id}", body);

        Assert.Equal(HttpStatusCode.Forbidden, byFrontDesk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byCoordinator.StatusCode);
    }

    [Fact]
    public async Task Put_VisitOfAnotherStructure_NotFound()
    {
        var a = await ArrangeAsync();
        var other = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, a.Sibling)));
        var created = await JsonAsync(await other.PostAsJsonAsync("/api/v1/visits", new { structureId = a.Sibling, anonymous = true, reason = "Άλλη", axis = "A", outcome = "informed" }));

        var response = await a.Api.PutAsJsonAsync($"/api/v1/visits/{created.GetProperty("id").GetInt64()}", new { anonymous = true, reason = "Αλλαγή", axis = "A", outcome = "informed" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
