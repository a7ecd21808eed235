using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Reports;

/// <summary>
/// GET /api/v1/reports/activity (and its exports and page) on a small hand-made data set with known
/// counts: Athens-day boundaries, weeks and months, scopes, small-cell suppression, errors.
/// </summary>
public sealed class ActivityReportApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    private sealed record World(int A, int B, int Other, int Municipality, int OtherMunicipality);

    private async Task<World> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var otherMunicipality = await factory.MunicipalityAsync();
        var a = await factory.StructureAsync(municipality, "Α Κέντρο Κοινότητας");
        var b = await factory.StructureAsync(municipality, "Β Κέντρο Κοινότητας");
        var other = await factory.StructureAsync(otherMunicipality);
        var service = await factory.ServiceAsync(a, "Συμβουλευτική");

        var p1 = await factory.BeneficiaryAsync(a, "Α", "Ένα");
        var p2 = await factory.BeneficiaryAsync(a, "Β", "Δύο");
        var p3 = await factory.BeneficiaryAsync(a, "Γ", "Τρία");
        var p4 = await factory.BeneficiaryAsync(b, "Δ", "Τέσσερα");
        var p5 = await factory.BeneficiaryAsync(other, "Ε", "Πέντε");

        await using var scope = factory.Scope();
        var db = factory.Db(scope);

        // Registrations: p3 at 23:30 Athens time on 31/12/2023 falls outside a period starting 1/1/2024.
        foreach (var (person, at) in new[] { (p1, Utc(2024, 1, 10, 10, 0)), (p2, Utc(2024, 2, 1, 10, 0)), (p3, Utc(2023, 12, 31, 21, 30)), (p4, Utc(2024, 2, 10, 8, 0)), (p5, Utc(2024, 2, 10, 8, 0)) })
        {
            await db.Set<BeneficiaryLink>().Where(l => l.BeneficiaryId == person).ExecuteUpdateAsync(s => s.SetProperty(l => l.LinkedAt, at));
        }

        Visit V(int structure, int? person, DateTime at, VisitChannel channel, Axis axis, string reason) => new()
        {
            StructureId = structure, BeneficiaryId = person, OccurredAt = at, Day = AthensClock.DayOf(at), Channel = channel, Axis = axis, Reason = reason,
        };

        var withService = V(a, p1, Utc(2024, 1, 15, 9, 0), VisitChannel.InPerson, Axis.A, "Επίδομα");
        withService.Services.Add(new VisitService { ServiceId = service });
        var withService2 = V(a, p2, Utc(2024, 1, 16, 9, 0), VisitChannel.InPerson, Axis.B, "Στέγαση");
        withService2.Services.Add(new VisitService { ServiceId = service });
        db.Visits.AddRange(
            withService, withService2,
            V(a, p1, Utc(2024, 1, 17, 9, 0), VisitChannel.Phone, Axis.A, "Επίδομα"),
            V(a, null, Utc(2024, 1, 18, 9, 0), VisitChannel.Phone, Axis.A, "Πληροφορίες"),
            // 23:30 Athens (UTC+2) on 31 January: January.
            V(a, p3, Utc(2024, 1, 31, 21, 30), VisitChannel.InPerson, Axis.C, "Άλλο"),
            // 00:30 Athens on 1 March (UTC: still 29 February): March.
            V(a, p1, Utc(2024, 2, 29, 22, 30), VisitChannel.Email, Axis.A, "Επίδομα"),
            // 00:30 Athens on 1 April (summer time, UTC+3) and 23:30 on 31/12/2023: outside the period.
            V(a, p2, Utc(2024, 3, 31, 21, 30), VisitChannel.InPerson, Axis.A, "Στέγαση"),
            V(a, p2, Utc(2023, 12, 31, 21, 30), VisitChannel.InPerson, Axis.A, "Στέγαση"),
            V(other, p5, Utc(2024, 2, 10, 9, 0), VisitChannel.InPerson, Axis.A, "Εργασία"));
        for (var i = 0; i < 5; i++)
        {
            db.Visits.Add(V(b, p4, Utc(2024, 2, 10 + i, 9, 0), VisitChannel.InPerson, Axis.A, "Εργασία"));
        }

        db.Cases.AddRange(
            new Case { StructureId = a, BeneficiaryId = p1, OpenedOn = new(2024, 1, 15), Status = CaseStatus.Closed, ClosedOn = new(2024, 3, 10) },
            new Case { StructureId = a, BeneficiaryId = p2, OpenedOn = new(2023, 12, 1), Status = CaseStatus.Closed, ClosedOn = new(2024, 2, 1) },
            new Case { StructureId = b, BeneficiaryId = p4, OpenedOn = new(2024, 2, 10), Status = CaseStatus.Open });

        Referral R(int person, DateTime created, ReferralStatus status, DateTime? sent = null, DateTime? accepted = null, DateTime? completed = null) => new()
        {
            BeneficiaryId = person, FromStructureId = a, ToStructureId = b, Reason = "Στέγαση", Status = status, CreatedAt = created,
            SentAt = sent, AcceptedAt = accepted, CompletedAt = completed,
        };
        db.Referrals.AddRange(
            R(p1, Utc(2024, 1, 20, 9, 0), ReferralStatus.Completed, Utc(2024, 1, 20, 9, 0), Utc(2024, 1, 22, 9, 0), Utc(2024, 2, 22, 9, 0)),
            R(p2, Utc(2024, 2, 5, 9, 0), ReferralStatus.Declined, Utc(2024, 2, 5, 9, 0)),
            R(p3, Utc(2024, 3, 1, 9, 0), ReferralStatus.Draft),
            R(p3, Utc(2024, 4, 5, 9, 0), ReferralStatus.Sent, Utc(2024, 4, 5, 9, 0)));
        await db.SaveChangesAsync();
        return new World(a, b, other, municipality, otherMunicipality);
    }

    private static int? Count(JsonElement list, string key) =>
        list.EnumerateArray().Single(e => e.GetProperty("key").GetString() == key).GetProperty("count") is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() : null;

    [Fact]
    public async Task ActivityReport_CountsBoundariesScopesSuppressionExportsAndErrors()
    {
        var w = await ArrangeAsync();
        const string period = "from=2024-01-01&to=2024-03-31";

        // The Supervisor sees both structures of the municipality (not the other municipality's).
        var supervisor = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Supervisor, w.A)));
        var all = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/activity?{period}&granularity=month");
        Assert.Equal("month", all.GetProperty("granularity").GetString());
        var totals = all.GetProperty("totals");
        Assert.Equal(11, totals.GetProperty("visits").GetInt32());
        Assert.Equal(4, totals.GetProperty("uniquePersons").GetInt32());
        Assert.Equal(2 + 1, totals.GetProperty("newRegistrations").GetInt32());
        Assert.Equal(1, totals.GetProperty("anonymous").GetInt32());
        Assert.Equal(2, totals.GetProperty("casesOpened").GetInt32());
        Assert.Equal(2, totals.GetProperty("casesClosed").GetInt32());
        Assert.Equal(3, totals.GetProperty("referrals").GetInt32());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("suppressedBelow").ValueKind);

        var series = all.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["2024-01-01", "2024-02-01", "2024-03-01"], series.Select(p => p.GetProperty("start").GetString()));
        Assert.Equal([5, 5, 1], series.Select(p => p.GetProperty("total").GetInt32()));
        Assert.Equal("2024-03-31", series[2].GetProperty("end").GetString());
        Assert.Equal(2, series[0].GetProperty("byChannel").GetProperty("phone").GetInt32());
        Assert.Equal(1, series[2].GetProperty("byChannel").GetProperty("email").GetInt32());

        Assert.Equal(8, Count(all.GetProperty("byChannel"), "in_person"));
        Assert.Equal(2, Count(all.GetProperty("byChannel"), "phone"));
        Assert.Equal(0, Count(all.GetProperty("byChannel"), "home_visit"));
        Assert.Equal(9, Count(all.GetProperty("byAxis"), "a"));
        Assert.Equal(1, Count(all.GetProperty("byAxis"), "c"));
        Assert.Equal("Εργασία", all.GetProperty("byReason")[0].GetProperty("key").GetString());
        Assert.Equal(5, Count(all.GetProperty("byReason"), "Εργασία"));
        Assert.Equal(3, Count(all.GetProperty("byReason"), "Επίδομα"));
        Assert.Equal("Συμβουλευτική", all.GetProperty("byService")[0].GetProperty("name").GetString());
        Assert.Equal(2, all.GetProperty("byService")[0].GetProperty("count").GetInt32());

        var referrals = all.GetProperty("referrals");
        Assert.Equal(1, Count(referrals.GetProperty("byStatus"), "completed"));
        Assert.Equal(1, Count(referrals.GetProperty("byStatus"), "draft"));
        Assert.Equal(0, Count(referrals.GetProperty("byStatus"), "sent"));
        Assert.Equal(3, Count(referrals.GetProperty("byDestination"), $"structure:{w.B}"));
        var funnel = referrals.GetProperty("funnel");
        Assert.Equal([3, 2, 1, 1, 1], new[] { "created", "sent", "accepted", "completed", "declined" }.Select(k => funnel.GetProperty(k).GetInt32()));

        var structures = all.GetProperty("structures").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetInt32(), s => s.GetProperty("totals"));
        Assert.Equal([w.A, w.B], structures.Keys.Order());
        Assert.Equal(6, structures[w.A].GetProperty("visits").GetInt32());
        Assert.Equal(3, structures[w.A].GetProperty("uniquePersons").GetInt32());
        Assert.Equal(2, structures[w.A].GetProperty("newRegistrations").GetInt32());
        Assert.Equal(1, structures[w.B].GetProperty("casesOpened").GetInt32());
        var municipality = Assert.Single(all.GetProperty("municipalities").EnumerateArray());
        Assert.Equal(w.Municipality, municipality.GetProperty("id").GetInt32());
        Assert.Equal(4, municipality.GetProperty("totals").GetProperty("uniquePersons").GetInt32());

        // Days: the visit at 23:30 Athens on 31 January is on that day; the one at 00:30 on 1 March on that.
        var coordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, w.A)));
        var days = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/reports/activity?from=2024-01-31&to=2024-03-01&granularity=day")).GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(31, days.Count);
        Assert.Equal(("2024-01-31", 1), (days[0].GetProperty("start").GetString(), days[0].GetProperty("total").GetInt32()));
        Assert.Equal(("2024-03-01", 1), (days[^1].GetProperty("start").GetString(), days[^1].GetProperty("total").GetInt32()));
        Assert.Equal(0, days[1].GetProperty("total").GetInt32());

        // Weeks run Monday to Sunday, the first and last cut to the period (15/1/2024 was a Monday).
        var weeks = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/reports/activity?from=2024-01-17&to=2024-01-31&granularity=week")).GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["2024-01-17", "2024-01-22", "2024-01-29"], weeks.Select(p => p.GetProperty("start").GetString()));
        Assert.Equal("2024-01-21", weeks[0].GetProperty("end").GetString());
        Assert.Equal([2, 0, 1], weeks.Select(p => p.GetProperty("total").GetInt32()));

        // Scope: the Coordinator's own structure only; a structure or municipality outside it is 404, as for roles without statistics.
        var own = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/activity?{period}");
        Assert.Equal(6, own.GetProperty("totals").GetProperty("visits").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/reports/activity?{period}&structureId={w.B}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/reports/activity?{period}&municipalityId={w.OtherMunicipality}")).StatusCode);
        Assert.Equal(5, (await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/activity?{period}&municipalityId={w.Municipality}&structureId={w.B}"))
            .GetProperty("totals").GetProperty("visits").GetInt32());
        foreach (var role in new[] { AppRole.Caseworker, AppRole.FrontDesk })
        {
            var client = await factory.ApiAsAsync(await factory.UserAsync((role, w.A)));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/reports/activity?{period}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/reports/activity/export?format=csv&{period}")).StatusCode);
        }

        // The Auditor of the structure: the same aggregate, counts 1–4 suppressed (null), with suppressedBelow.
        var auditorEmail = await factory.UserAsync((AppRole.Auditor, w.A));
        var audited = await (await factory.ApiAsAsync(auditorEmail)).GetFromJsonAsync<JsonElement>($"/api/v1/reports/activity?{period}");
        Assert.Equal(5, audited.GetProperty("suppressedBelow").GetInt32());
        Assert.Equal(6, audited.GetProperty("totals").GetProperty("visits").GetInt32());
        Assert.Equal(JsonValueKind.Null, audited.GetProperty("totals").GetProperty("uniquePersons").ValueKind);
        Assert.Equal(JsonValueKind.Null, audited.GetProperty("totals").GetProperty("casesOpened").ValueKind);
        Assert.Equal(JsonValueKind.Null, audited.GetProperty("series")[0].GetProperty("byChannel").GetProperty("phone").ValueKind);
        // Secondary suppression (ADR 087): March's 1 would be 6 − January's 5 − February's 0, so January's 5 is hidden too.
        Assert.Equal(JsonValueKind.Null, audited.GetProperty("series")[0].GetProperty("total").ValueKind);
        Assert.Equal(0, audited.GetProperty("series")[1].GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, audited.GetProperty("series")[2].GetProperty("total").ValueKind);
        var auditorBrowser = await factory.BrowserAsync(auditorEmail, TestData.Password);
        var auditorPage = await auditorBrowser.GetStringAsync($"/Reports/Activity?{period}");
        Assert.Contains("<span class=\"kpi-value\">&lt;5</span>", auditorPage, StringComparison.Ordinal);
        var auditorCsv = await auditorBrowser.GetByteArrayAsync($"/Reports/Activity?handler=Export&format=csv&{period}");
        Assert.Contains("summary,Μοναδικά άτομα,Πλήθος,<5", System.Text.Encoding.UTF8.GetString(auditorCsv), StringComparison.Ordinal);

        // Bad parameters: 400 naming each field.
        var bad = await coordinator.GetAsync("/api/v1/reports/activity?from=2024-13-01&to=2024-01-01&granularity=year");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("from", out _));
        Assert.True(errors.TryGetProperty("granularity", out _));
        var tooLong = await (await coordinator.GetAsync("/api/v1/reports/activity?from=2020-01-01&to=2024-12-31&granularity=day")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("granularity", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync($"/api/v1/reports/activity/export?format=doc&{period}")).StatusCode);

        // Exports: XLSX with a sheet per table and numbers as numbers; CSV with a BOM; PDF.
        var xlsx = await coordinator.GetAsync($"/api/v1/reports/activity/export?format=xlsx&{period}");
        Assert.True(xlsx.IsSuccessStatusCode, await xlsx.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using (var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            Assert.Contains(book.Worksheets, s => s.Name == "structures");
            var sheet = book.Worksheet("summary");
            Assert.Equal(6, sheet.Cell(6, 2).GetValue<int>());
            Assert.Equal(XLDataType.Number, sheet.Cell(6, 2).DataType);
        }

        var csv = await coordinator.GetByteArrayAsync($"/api/v1/reports/activity/export?format=csv&{period}");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var csvText = System.Text.Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        Assert.StartsWith("table,row,column,value\r\n", csvText, StringComparison.Ordinal);
        Assert.Contains("series,Ιανουάριος 2024,Σύνολο,5", csvText, StringComparison.Ordinal);
        var pdf = await coordinator.GetByteArrayAsync($"/api/v1/reports/activity/export?format=pdf&{period}");
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "onestop-activity.pdf"), pdf);

        // The page: tiles, charts with a title and description, the tables, the tab.
        var browser = await factory.BrowserAsync(await factory.UserAsync((AppRole.Coordinator, w.A)), TestData.Password);
        var html = await browser.GetStringAsync($"/Reports/Activity?{period}&granularity=month");
        Assert.Contains("<svg class=\"chart\" id=\"chart-series\" role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-series-title\">", html, StringComparison.Ordinal);
        Assert.Contains("Ιανουάριος 2024", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kpi-value\">6</span>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Reports/Activity\" aria-current=\"page\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Reports/Activity?{period}&structureId={w.Other}")).StatusCode);
        html = await browser.GetStringAsync("/Reports/Activity?from=2024-12-31&to=2024-01-01");
        Assert.Contains("id=\"to-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }
}
