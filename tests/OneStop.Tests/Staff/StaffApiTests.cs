using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Staff;

public sealed class StaffApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static DateOnly AthensToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens")));

    private async Task<(HttpClient Api, int Structure, int Other)> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality, "Κέντρο Κοινότητας Δοκιμής");
        var other = await factory.StructureAsync(municipality);
        var coordinator = await factory.UserAsync((AppRole.Coordinator, structure));
        return (await factory.ApiAsAsync(coordinator), structure, other);
    }

    private static async Task<int> CreateStaffAsync(HttpClient api, int structure, string name, string start, string? end, decimal hours, string? userEmail = null)
    {
        var response = await api.PostAsJsonAsync("/api/v1/staff", new
        {
            name, specialty = "social_worker", structureIds = new[] { structure }, contractType = "fixed_term", contractStart = start, contractEnd = end, weeklyHours = hours, userEmail,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Staff_CreateLeaveAttendance_ValidatedAndPersonMonthsComputed()
    {
        var (api, structure, other) = await ArrangeAsync();
        var full = await CreateStaffAsync(api, structure, "Αλεξίου Μαρία", "2026-01-15", null, 40);
        var part = await CreateStaffAsync(api, structure, "Βασιλείου Νίκος", "2026-01-01", "2026-02-14", 20);

        var created = await JsonAsync(await api.GetAsync($"/api/v1/staff/{full}"));
        Assert.Equal("social_worker", created.GetProperty("specialty").GetString());
        Assert.Equal("fixed_term", created.GetProperty("contractType").GetString());

        // Field and cross-field rules, keyed by JSON name.
        var invalid = await api.PostAsJsonAsync("/api/v1/staff", new { name = "", structureIds = new[] { structure }, contractType = "open_ended", contractStart = "2026-02-01", contractEnd = "2026-01-01", weeklyHours = 90 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await JsonAsync(invalid)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("specialty", out _));
        Assert.True(errors.TryGetProperty("weeklyHours", out _));

        // A structure the coordinator does not manage does not exist for them.
        var foreign = await api.PostAsJsonAsync("/api/v1/staff", new { name = "Χ", specialty = "nurse", structureIds = new[] { other }, contractType = "other", contractStart = "2026-01-01", weeklyHours = 40 });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/staff/{full}/leave", new { kind = "unpaid", from = "2026-03-02", to = "2026-03-11" })).StatusCode);
        var overlap = await api.PostAsJsonAsync($"/api/v1/staff/{full}/leave", new { kind = "annual", from = "2026-03-10", to = "2026-03-12" });
        Assert.Equal(HttpStatusCode.BadRequest, overlap.StatusCode);
        Assert.True((await JsonAsync(overlap)).GetProperty("errors").TryGetProperty("from", out _));
        var backwards = await api.PostAsJsonAsync($"/api/v1/staff/{full}/leave", new { kind = "sick", from = "2026-04-10", to = "2026-04-09" });
        Assert.True((await JsonAsync(backwards)).GetProperty("errors").TryGetProperty("to", out _));

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/staff/{full}/attendance", new { date = "2026-03-12", @in = "08:30", @out = "16:30" })).StatusCode);
        var outBeforeIn = await api.PostAsJsonAsync($"/api/v1/staff/{full}/attendance", new { date = "2026-03-13", @in = "16:00", @out = "08:00" });
        Assert.Equal(HttpStatusCode.BadRequest, outBeforeIn.StatusCode);
        Assert.True((await JsonAsync(outBeforeIn)).GetProperty("errors").TryGetProperty("out", out _));
        var onLeave = await api.PostAsJsonAsync($"/api/v1/staff/{full}/attendance", new { date = "2026-03-05", @in = "08:00" });
        Assert.True((await JsonAsync(onLeave)).GetProperty("errors").TryGetProperty("date", out _));
        var badTime = await api.PostAsJsonAsync($"/api/v1/staff/{full}/attendance", new { date = "2026-03-16", @in = "8.30" });
        Assert.True((await JsonAsync(badTime)).GetProperty("errors").TryGetProperty("in", out _));
        var future = await api.PostAsJsonAsync($"/api/v1/staff/{full}/attendance", new { date = AthensToday.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), @in = "08:00" });
        Assert.True((await JsonAsync(future)).GetProperty("errors").TryGetProperty("date", out _));

        var day = await JsonAsync(await api.GetAsync($"/api/v1/structures/{structure}/attendance?date=2026-03-12"));
        var line = day.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("staffId").GetInt32() == full);
        Assert.Equal("08:30", line.GetProperty("in").GetString());
        Assert.Equal("16:30", line.GetProperty("out").GetString());
        Assert.Equal(JsonValueKind.Null, day.GetProperty("holiday").ValueKind);
        Assert.Equal("independence_day", (await JsonAsync(await api.GetAsync($"/api/v1/structures/{structure}/attendance?date=2026-03-25"))).GetProperty("holiday").GetString());

        var pm = await JsonAsync(await api.GetAsync($"/api/v1/structures/{structure}/person-months?from=2026-01-01&to=2026-03-31"));
        var items = pm.GetProperty("items").EnumerateArray().Select(i => (Id: i.GetProperty("staffId").GetInt32(), Month: i.GetProperty("month").GetString(), Value: i.GetProperty("personMonths").GetDecimal())).ToList();
        Assert.Contains((full, "2026-01", 0.55m), items);   // from the 15th: 17/31
        Assert.Contains((full, "2026-02", 1.00m), items);
        Assert.Contains((full, "2026-03", 0.68m), items);   // 10 unpaid days: 21/31
        Assert.Contains((part, "2026-01", 0.50m), items);   // 20 of 40 hours
        Assert.Contains((part, "2026-02", 0.25m), items);   // 14/28 × 0.5
        Assert.DoesNotContain(items, i => i.Id == part && i.Month == "2026-03");
        Assert.Equal(items.Sum(i => i.Value), pm.GetProperty("total").GetDecimal());
        Assert.Equal("Αλεξίου Μαρία", pm.GetProperty("items")[0].GetProperty("name").GetString());

        var period = await api.GetAsync($"/api/v1/structures/{structure}/person-months?from=2026-03-01");
        Assert.True((await JsonAsync(period)).GetProperty("errors").TryGetProperty("to", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/structures/{other}/person-months?from=2026-01-01&to=2026-03-31")).StatusCode);
    }

    [Fact]
    public async Task Attendance_LinkedUser_RecordsOwnTodayOnly()
    {
        var (api, structure, _) = await ArrangeAsync();
        var own = await factory.UserAsync((AppRole.Caseworker, structure));
        var staff = await CreateStaffAsync(api, structure, "Γεωργίου Ελένη", "2025-01-01", null, 40, own);
        var self = await factory.ApiAsAsync(own);

        var today = AthensToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await self.PostAsJsonAsync($"/api/v1/staff/{staff}/attendance", new { date = today, @in = "00:00" })).StatusCode);
        var yesterday = await self.PostAsJsonAsync($"/api/v1/staff/{staff}/attendance", new { date = AthensToday.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), @in = "08:00" });
        Assert.True((await JsonAsync(yesterday)).GetProperty("errors").TryGetProperty("date", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await self.GetAsync($"/api/v1/staff/{staff}")).StatusCode);

        var someoneElse = await CreateStaffAsync(api, structure, "Δημητρίου Κώστας", "2025-01-01", null, 40);
        Assert.Equal(HttpStatusCode.NotFound, (await self.PostAsJsonAsync($"/api/v1/staff/{someoneElse}/attendance", new { date = today, @in = "08:00" })).StatusCode);

        await using var scope = factory.Scope();
        var record = await factory.Db(scope).StaffAttendance.SingleAsync(a => a.StaffMemberId == staff);
        Assert.Equal(structure, record.StructureId);
    }

    [Fact]
    public async Task CertificationPack_Period_ZipWithEveryDeliverable()
    {
        var (api, structure, _) = await ArrangeAsync();
        var staff = await CreateStaffAsync(api, structure, "Ευαγγέλου Σοφία", "2026-01-01", null, 40);
        await api.PostAsJsonAsync($"/api/v1/staff/{staff}/attendance", new { date = "2026-01-05", @in = "08:00", @out = "16:00" });
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            db.Visits.Add(new Visit { StructureId = structure, Reason = "Ενημέρωση", Axis = Axis.A, Outcome = VisitOutcome.Informed, Day = new DateOnly(2026, 1, 7), OccurredAt = new DateTime(2026, 1, 7, 8, 0, 0, DateTimeKind.Utc) });
            var poster = new PublicityAction { StructureId = structure, Kind = PublicityKind.Poster, Date = new DateOnly(2026, 1, 12), Title = "Αφίσα ημέρας ενημέρωσης" };
            db.PublicityActions.Add(poster);
            await db.SaveChangesAsync();
            var file = new StoredFile { Id = Guid.NewGuid(), FileName = "afisa.pdf", ContentType = "application/pdf", Length = 9, Content = "%PDF-1.4\n"u8.ToArray() };
            db.StoredFiles.Add(file);
            db.NetworkAttachments.Add(new NetworkAttachment { StructureId = structure, PublicityActionId = poster.Id, FileId = file.Id });
            await db.SaveChangesAsync();
        }

        var response = await api.GetAsync($"/api/v1/structures/{structure}/certification-pack?from=2026-01-01&to=2026-01-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        var root = "paradotea_kentro-koinotitas-dokimis_2026-01-01_2026-01-31/";
        Assert.Contains(root + "01_anthropomines/anthropomines_2026-01-01_2026-01-31.pdf", names);
        Assert.Contains(root + "01_anthropomines/anthropomines_2026-01-01_2026-01-31.xlsx", names);
        Assert.Contains(root + "02_parousiologia/2026-01/parousiologio_minaio_2026-01.pdf", names);
        Assert.Contains(root + "02_parousiologia/2026-01/parousiologio_2026-01-05.pdf", names);
        Assert.DoesNotContain(root + "02_parousiologia/2026-01/parousiologio_2026-01-06.pdf", names); // Epiphany
        Assert.DoesNotContain(root + "02_parousiologia/2026-01/parousiologio_2026-01-10.pdf", names); // Saturday
        Assert.Equal(20, names.Count(n => n.Contains("/parousiologio_2026-", StringComparison.Ordinal))); // 22 weekdays less 1 and 6 January
        Assert.Equal([root + "03_kartelles_eiserchomenon/2026-01/kartella_2026-01-07.pdf"], names.Where(n => n.Contains("kartella", StringComparison.Ordinal)));
        Assert.Contains(root + "04_dimosiotita_diktyosi/000_evretirio.pdf", names);
        Assert.Contains(root + "04_dimosiotita_diktyosi/001_2026-01-12_afisa.pdf", names);
        foreach (var pdf in zip.Entries.Where(e => e.Name.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            using var s = pdf.Open();
            var head = new byte[5];
            s.ReadExactly(head);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/v1/structures/{structure}/certification-pack?from=2026-02-01&to=2026-01-01")).StatusCode);
        var frontDesk = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));
        Assert.Equal(HttpStatusCode.NotFound, (await frontDesk.GetAsync($"/api/v1/structures/{structure}/certification-pack?from=2026-01-01&to=2026-01-31")).StatusCode);
    }
}
