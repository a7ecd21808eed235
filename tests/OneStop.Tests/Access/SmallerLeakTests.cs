using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Access;

/// <summary>Leak 9 of issue 15: consents name the structure, not its user; user creation tells nothing of other
/// municipalities; the calendar feed follows the owner's roles and can be revoked.</summary>
public sealed class SmallerLeakTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Password = "Strong-Password-19";

    [Fact]
    public async Task Consent_RecordedByAnotherStructure_ShowsThatStructureNotItsUser()
    {
        var municipality = await factory.MunicipalityAsync();
        var recording = await factory.StructureAsync(municipality);
        var linked = await factory.StructureAsync(municipality);
        var person = await factory.BeneficiaryAsync(recording, "Συναίνεσης", "Μαρίνα");
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            db.BeneficiaryLinks.Add(new BeneficiaryLink { BeneficiaryId = person, StructureId = linked, Reason = LinkReason.Linked });
            await db.SaveChangesAsync();
        }

        var recorderEmail = await factory.UserAsync((AppRole.Caseworker, recording));
        var recorder = await factory.ApiAsAsync(recorderEmail);
        var added = await recorder.PostAsJsonAsync($"/api/v1/beneficiaries/{person}/consents", new { purpose = "referral", given = true });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var other = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Caseworker, linked)));

        var own = (await recorder.GetFromJsonAsync<JsonElement>($"/api/v1/beneficiaries/{person}")).GetProperty("consents")[0];
        var seen = await other.GetFromJsonAsync<JsonElement>($"/api/v1/beneficiaries/{person}");
        var theirs = seen.GetProperty("consents")[0];

        Assert.Equal(recorderEmail, own.GetProperty("recordedBy").GetString());
        Assert.Equal(JsonValueKind.Null, theirs.GetProperty("recordedBy").ValueKind);
        Assert.Equal(recording, theirs.GetProperty("structureId").GetInt32());
        Assert.False(string.IsNullOrEmpty(theirs.GetProperty("structureName").GetString()));
        Assert.DoesNotContain(recorderEmail, seen.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CreateUser_EmailOfAnotherMunicipality_AnswersAsAnInvalidAddress()
    {
        var mine = await factory.StructureAsync(await factory.MunicipalityAsync());
        var elsewhere = await factory.StructureAsync(await factory.MunicipalityAsync());
        var taken = await factory.UserAsync((AppRole.Caseworker, elsewhere));
        var admin = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Administrator, mine)));
        object Body(string email) => new { email, password = Password, displayName = "Νέα Χρήστρια", roles = new[] { new { role = "Caseworker", structureId = (int?)mine } } };

        var existing = await admin.PostAsJsonAsync("/api/v1/users", Body(taken));
        var invalid = await admin.PostAsJsonAsync("/api/v1/users", Body("not-an-email"));

        Assert.Equal(HttpStatusCode.BadRequest, existing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var existingErrors = (await existing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var invalidErrors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(invalidErrors.GetProperty("email").GetRawText(), existingErrors.GetProperty("email").GetRawText());
        Assert.DoesNotContain(taken, existingErrors.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CalendarFeed_StopsWhenTheOwnerLosesTheRole_AndWhenRevoked()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var email = await factory.UserAsync((AppRole.Caseworker, structure));
        var api = await factory.ApiAsAsync(email);
        string userId;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.Appointments.Add(new Appointment
            {
                StructureId = structure, StaffUserId = userId, StartsAt = DateTime.UtcNow.AddDays(2), DurationMinutes = 30, Subject = "Συνάντηση", BookedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var anonymous = factory.CreateClient();
        async Task<string> NewFeedAsync() =>
            new Uri((await (await api.PostAsync("/api/v1/calendar/token", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;

        var feed = await NewFeedAsync();
        Assert.Contains("BEGIN:VEVENT", await anonymous.GetStringAsync(feed), StringComparison.Ordinal);

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            db.RoleAssignments.RemoveRange(db.RoleAssignments.Where(r => r.UserId == userId));
            db.RoleAssignments.Add(new RoleAssignment { UserId = userId, Role = AppRole.Auditor, StructureId = structure });
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feed)).StatusCode);

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            db.RoleAssignments.Add(new RoleAssignment { UserId = userId, Role = AppRole.Caseworker, StructureId = structure });
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(feed)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync("/api/v1/calendar/token")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(feed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync("/api/v1/calendar/token")).StatusCode);
    }
}
