using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Activities;

public sealed class ActivityApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Attendance_RegisteredPeople_CountOnceAsContactsWithHeadCountsAndPrintableList()
    {
        var c = await factory.CentreAsync();
        var today = CommunityData.AthensToday;
        var eleni = await factory.BeneficiaryAsync(c.Structure, "Παππά", "Ελένη");
        var giorgos = await factory.BeneficiaryAsync(c.Structure, "Νικολάου", "Γιώργος");
        var morning = await c.Api.PostAsJsonAsync("/api/v1/visits", new { structureId = c.Structure, beneficiaryId = eleni, reason = "Πρωινή επίσκεψη", axis = "A", outcome = "informed" });
        Assert.Equal(HttpStatusCode.Created, morning.StatusCode);
        var morningId = (await morning.JsonAsync()).GetProperty("id").GetInt64();

        var created = await c.Api.PostAsJsonAsync("/api/v1/activities", new
        {
            structureId = c.Structure, title = "Ενημέρωση για το ΕΕΕ", type = "information_session", axis = "A", place = "Αίθουσα 1",
            facilitators = "Κ. Λάμπρου", capacity = 2, firstDay = Iso(today.AddDays(-14)), startsAt = "10:00", repeat = 3,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var sessions = (await created.JsonAsync()).GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(3, sessions.Count);

        var todays = await c.Api.PostAsJsonAsync($"/api/v1/sessions/{sessions[2]}/attendance", new { beneficiaryId = eleni });
        var again = await c.Api.PostAsJsonAsync($"/api/v1/sessions/{sessions[2]}/attendance", new { beneficiaryId = eleni });
        var earlier = await c.Api.PostAsJsonAsync($"/api/v1/sessions/{sessions[1]}/attendance", new { beneficiaryId = eleni });
        var second = await c.Api.PostAsJsonAsync($"/api/v1/sessions/{sessions[2]}/attendance", new { beneficiaryId = giorgos });
        var full = await factory.BeneficiaryAsync(c.Structure, "Τρίτου", "Τάσος");
        var refused = await c.Api.PostAsJsonAsync($"/api/v1/sessions/{sessions[2]}/attendance", new { beneficiaryId = full });
        foreach (var (gender, band, count) in new[] { ("female", "under18", 3), ("male", "over64", 2), ("female", "under18", -1) })
        {
            Assert.Equal(HttpStatusCode.OK, (await c.Api.PostAsJsonAsync($"/api/v1/sessions/{sessions[2]}/head-counts", new { gender, ageBand = band, count })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, todays.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var session = await (await c.Api.GetAsync($"/api/v1/sessions/{sessions[2]}")).JsonAsync();
        Assert.Equal(2, session.GetProperty("attendees").GetArrayLength());
        Assert.Equal(morningId, session.GetProperty("attendees").EnumerateArray().Single(a => a.GetProperty("beneficiaryId").GetInt32() == eleni).GetProperty("visitId").GetInt64());
        Assert.Equal(4, session.GetProperty("headCounts").EnumerateArray().Sum(h => h.GetProperty("count").GetInt32()));

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            // Eleni: the morning visit (shared with today's session) and one for the session a week ago.
            var visits = await db.Visits.Where(v => v.BeneficiaryId == eleni).OrderBy(v => v.Day).ToListAsync();
            Assert.Equal([today.AddDays(-7), today], visits.Select(v => v.Day));
            Assert.Equal("Ενημέρωση για το ΕΕΕ", visits[0].Reason);
            Assert.Equal(1, await db.SessionAttendance.CountAsync(a => a.SessionId == sessions[2] && a.BeneficiaryId == eleni));
        }

        var future = await c.Api.PostAsJsonAsync("/api/v1/activities", new { structureId = c.Structure, title = "Εργαστήρι", type = "workshop", axis = "C", firstDay = Iso(today.AddDays(7)) });
        var futureSession = (await future.JsonAsync()).GetProperty("sessions")[0].GetProperty("id").GetInt32();
        var tooEarly = await c.Api.PostAsJsonAsync($"/api/v1/sessions/{futureSession}/attendance", new { beneficiaryId = giorgos });
        Assert.True((await tooEarly.JsonAsync()).GetProperty("errors").TryGetProperty("sessionId", out _));

        var pdf = await c.Api.GetAsync($"/api/v1/sessions/{sessions[2]}/attendance-list.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "onestop-attendance-list.pdf"), bytes);

        // The same attendance and head count through the offline sync, sent twice: written once.
        var key = Guid.NewGuid().ToString();
        var countKey = Guid.NewGuid().ToString();
        var batch = new
        {
            records = new object[]
            {
                new { clientId = key, type = "attendance", data = new { sessionId = sessions[0], beneficiaryId = giorgos } },
                new { clientId = countKey, type = "head_count", data = new { sessionId = sessions[0], gender = "male", ageBand = "from30_to54", count = 5 } },
            },
        };
        await c.Api.PostAsJsonAsync("/api/v1/sync", batch);
        await c.Api.PostAsJsonAsync("/api/v1/sync", batch);
        var first = await (await c.Api.GetAsync($"/api/v1/sessions/{sessions[0]}")).JsonAsync();
        Assert.Equal(1, first.GetProperty("attendees").GetArrayLength());
        Assert.Equal(5, first.GetProperty("headCounts")[0].GetProperty("count").GetInt32());
    }
}
