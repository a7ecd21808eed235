using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Participants;

public sealed class ParticipationApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task EntryExitAndFollowUp_Caseworker_RecordedCompletenessShownAndFollowUpDueSixMonthsLater()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Caseworker, structure)));
        var person = await factory.BeneficiaryAsync(structure, "Οικονόμου", "Δέσποινα");
        var today = AthensClock.DayOf(DateTime.UtcNow);
        var entry = today.AddMonths(-9);

        var created = await api.PostAsJsonAsync("/api/v1/participations", new
        {
            structureId = structure, beneficiaryId = person, entryDate = entry, gender = "female", labourStatus = "unemployed", unemployedMonths = 14,
            disability = "refused", minority = "no", thirdCountryNational = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var p = await JsonAsync(created);
        var id = p.GetProperty("id").GetInt32();
        Assert.False(p.GetProperty("complete").GetBoolean());
        Assert.Equal(["birth_date", "isced"], p.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("refused", p.GetProperty("disability").GetString());

        // The same entry twice, and a birth after the entry, are refused with the field named.
        var twice = await api.PostAsJsonAsync("/api/v1/participations", new { structureId = structure, beneficiaryId = person, entryDate = entry });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.True((await JsonAsync(twice)).GetProperty("errors").TryGetProperty("entryDate", out _));
        var update = await api.PutAsJsonAsync($"/api/v1/participations/{id}", new
        {
            entryDate = entry, gender = "female", birthDate = entry.AddDays(1), labourStatus = "unemployed", isced = 3, version = p.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, update.StatusCode);
        Assert.True((await JsonAsync(update)).GetProperty("errors").TryGetProperty("birthDate", out _));

        update = await api.PutAsJsonAsync($"/api/v1/participations/{id}", new
        {
            entryDate = entry, gender = "female", birthDate = new DateOnly(1990, 5, 1), labourStatus = "unemployed", unemployedMonths = 14, isced = 3, disability = "refused",
            version = p.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.True((await JsonAsync(update)).GetProperty("complete").GetBoolean());

        // Exit before entry is refused; the follow-up is not yet due right after the exit.
        var bad = await api.PutAsJsonAsync($"/api/v1/participations/{id}/exit", new { exitDate = entry.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var exit = today.AddMonths(-7);
        var early = await api.PutAsJsonAsync($"/api/v1/participations/{id}/exit", new { exitDate = today.AddDays(-3), situation6m = "employed" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var exited = await api.PutAsJsonAsync($"/api/v1/participations/{id}/exit", new { exitDate = exit, exitSituation = "job_searching", qualificationGained = true });
        Assert.Equal(HttpStatusCode.OK, exited.StatusCode);
        Assert.Equal(exit.AddMonths(6), DateOnly.Parse((await JsonAsync(exited)).GetProperty("followUpDue").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        var due = await JsonAsync(await api.GetAsync($"/api/v1/structures/{structure}/participants/follow-ups"));
        Assert.Equal(id, due.GetProperty("items")[0].GetProperty("id").GetInt32());

        var followed = await api.PutAsJsonAsync($"/api/v1/participations/{id}/exit", new { exitDate = exit, exitSituation = "job_searching", qualificationGained = true, situation6m = "employed", improved6m = true });
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Equal(0, (await JsonAsync(await api.GetAsync($"/api/v1/structures/{structure}/participants/follow-ups"))).GetProperty("total").GetInt32());

        var list = await JsonAsync(await api.GetAsync($"/api/v1/structures/{structure}/participants?page=1&pageSize=10"));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var item = list.GetProperty("items")[0];
        Assert.Equal("employed", item.GetProperty("situation6m").GetString());
        Assert.Equal("job_searching", item.GetProperty("exitSituation").GetString());
        Assert.Equal("Οικονόμου", item.GetProperty("lastName").GetString());

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(OneStop.Data.Entities.Participation) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditAction.Update));
    }

    [Fact]
    public async Task Participations_OtherStructureFrontDeskOrUnlinkedPerson_NotFound()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var other = await factory.StructureAsync(municipality);
        var caseworker = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Caseworker, structure)));
        var person = await factory.BeneficiaryAsync(structure, "Ιωάννου", "Δημήτρης");
        var created = await caseworker.PostAsJsonAsync("/api/v1/participations", new { structureId = structure, beneficiaryId = person, entryDate = new DateOnly(2025, 3, 1) });
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();

        var otherCaseworker = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Caseworker, other)));
        var frontDesk = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));
        foreach (var api in new[] { otherCaseworker, frontDesk })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/structures/{structure}/participants")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/participations/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"/api/v1/participations/{id}/exit", new { exitDate = new DateOnly(2025, 4, 1) })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/structures/{structure}/participants/import", EsfData.Upload(EsfData.Example(), "p.csv"))).StatusCode);
        }

        // A person of another structure cannot be entered into this one.
        var stranger = await factory.BeneficiaryAsync(other, "Σερίφ", "Αϊσέ");
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.PostAsJsonAsync("/api/v1/participations", new { structureId = structure, beneficiaryId = stranger, entryDate = new DateOnly(2025, 3, 1) })).StatusCode);

        // The Supervisor of the municipality reads, but does not write.
        var supervisor = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Supervisor, structure)));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/structures/{structure}/participants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PutAsJsonAsync($"/api/v1/participations/{id}/exit", new { exitDate = new DateOnly(2025, 4, 1) })).StatusCode);
    }
}
