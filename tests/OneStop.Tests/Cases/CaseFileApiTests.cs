using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

/// <summary>A case through its life over the API: open from a visit, assess twice, plan, serve, apply, close, reopen; dashboards.</summary>
[Collection(CasesCollection.Name)]
public sealed class CaseFileApiTests(AppFactory factory)
{
    [Fact]
    public async Task CaseFile_WholeLife_RecordedOnTimelineAndDashboards()
    {
        var w = await factory.WorldAsync();
        var api = await factory.ApiAsAsync(w.Caseworker);
        var today = CaseArrange.Today;

        var opened = await api.PostAsJsonAsync("/api/v1/cases", new { structureId = w.Structure, beneficiaryId = w.Person, visitId = w.Visit });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var body = await opened.JsonAsync();
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal("open", body.GetProperty("status").GetString());
        Assert.Equal(w.Visit, body.GetProperty("fromVisitId").GetInt64());
        Assert.Equal(w.CaseworkerId, body.GetProperty("caseworkers")[0].GetProperty("userId").GetString());

        var again = await api.PostAsJsonAsync("/api/v1/cases", new { structureId = w.Structure, beneficiaryId = w.Person });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(id, (await again.JsonAsync()).GetProperty("existingId").GetInt32());

        // Assessment: repeatable, a note without a severity is refused under its row.
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/cases/{id}/assessments", new
        {
            assessedOn = CaseArrange.Iso(today.AddDays(-10)),
            items = new object[] { new { domain = "housing", severity = "high", notes = "Έξωση σε 2 μήνες" }, new { domain = "income", severity = "moderate" } },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/cases/{id}/assessments", new { items = new[] { new { domain = "housing", severity = "low" } } })).StatusCode);
        var noSeverity = await api.PostAsJsonAsync($"/api/v1/cases/{id}/assessments", new { items = new[] { new { domain = "health", notes = "?" } } });
        Assert.Equal(HttpStatusCode.BadRequest, noSeverity.StatusCode);
        Assert.True((await noSeverity.JsonAsync()).GetProperty("errors").TryGetProperty("items[0].severity", out _));

        // Plan: a goal, an action overdue since three days.
        var goal = (await (await api.PostAsJsonAsync($"/api/v1/cases/{id}/goals", new { title = "Εξασφάλιση στέγης", domain = "housing" })).JsonAsync()).GetProperty("id").GetInt64();
        var action = await api.PostAsJsonAsync($"/api/v1/cases/{id}/actions", new { goalId = goal, description = "Αίτηση επιδόματος στέγασης", responsibleUserId = w.CaseworkerId, dueOn = CaseArrange.Iso(today.AddDays(-3)) });
        Assert.Equal(HttpStatusCode.Created, action.StatusCode);
        var outsider = await api.PostAsJsonAsync($"/api/v1/cases/{id}/actions", new { goalId = goal, description = "x", responsibleUserId = w.OtherCaseworkerId, dueOn = CaseArrange.Iso(today) });
        Assert.True((await outsider.JsonAsync()).GetProperty("errors").TryGetProperty("responsibleUserId", out _));

        // Services: only the structure's catalogue.
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/cases/{id}/services", new { serviceId = w.Service, deliveredOn = CaseArrange.Iso(today), durationMinutes = 45 })).StatusCode);
        var foreign = await api.PostAsJsonAsync($"/api/v1/cases/{id}/services", new { serviceId = w.OtherService, deliveredOn = CaseArrange.Iso(today) });
        Assert.True((await foreign.JsonAsync()).GetProperty("errors").TryGetProperty("serviceId", out _));

        // Application with its status history.
        var programme = await factory.ProgrammeAsync();
        var application = (await (await api.PostAsJsonAsync($"/api/v1/cases/{id}/applications", new { programmeId = programme, filedOn = CaseArrange.Iso(today.AddDays(-5)), externalReference = "ΚΕΑ-2026-0042" })).JsonAsync()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/cases/{id}/applications/{application}/status", new { status = "pending_documents", on = CaseArrange.Iso(today.AddDays(-2)) })).StatusCode);
        var before = await api.PostAsJsonAsync($"/api/v1/cases/{id}/applications/{application}/status", new { status = "approved", on = CaseArrange.Iso(today.AddDays(-6)) });
        Assert.True((await before.JsonAsync()).GetProperty("errors").TryGetProperty("on", out _));

        // Dashboards while the application waits, and an ESF participant whose 6-month follow-up is due.
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            db.Participations.Add(new OneStop.Data.Entities.Participation { StructureId = w.Structure, BeneficiaryId = w.Person, EntryDate = today.AddMonths(-9), ExitDate = today.AddMonths(-6), FollowUpDue = today });
            await db.SaveChangesAsync();
        }

        var coordinator = await factory.ApiAsAsync(w.Coordinator);
        var boardResponse = await coordinator.GetAsync($"/api/v1/structures/{w.Structure}/case-dashboard");
        Assert.True(boardResponse.IsSuccessStatusCode, await boardResponse.Content.ReadAsStringAsync());
        var board = await boardResponse.JsonAsync();
        Assert.Equal(1, board.GetProperty("workers")[0].GetProperty("open").GetInt32());
        Assert.Equal("Αίτηση επιδόματος στέγασης", board.GetProperty("overdueActions")[0].GetProperty("description").GetString());
        Assert.Equal("pending_documents", board.GetProperty("pendingApplications")[0].GetProperty("status").GetString());
        Assert.Equal(1, board.GetProperty("esfFollowUpsDue").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/structures/{w.Structure}/case-dashboard")).StatusCode);
        var mine = await (await api.GetAsync("/api/v1/cases/dashboard")).JsonAsync();
        Assert.Equal(1, mine.GetProperty("overdueActions").GetArrayLength());
        Assert.Equal(id, mine.GetProperty("cases")[0].GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/cases/{id}/applications/{application}/status", new { status = "approved" })).StatusCode);

        // Close: a reason is required; a closed case takes no records; reopen.
        var noReason = await api.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { status = "closed" });
        Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        var closed = await (await api.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { status = "closed", reason = "Οι στόχοι επιτεύχθηκαν" })).JsonAsync();
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(CaseArrange.Iso(today), closed.GetProperty("closedOn").GetString());
        var late = await api.PostAsJsonAsync($"/api/v1/cases/{id}/goals", new { title = "Μετά το κλείσιμο" });
        Assert.True((await late.JsonAsync()).GetProperty("errors").TryGetProperty("case", out _));
        Assert.Equal(0, (await (await api.GetAsync("/api/v1/cases/dashboard")).JsonAsync()).GetProperty("overdueActions").GetArrayLength());
        var reopened = await (await api.PostAsJsonAsync($"/api/v1/cases/{id}/status", new { status = "active" })).JsonAsync();
        Assert.Equal("active", reopened.GetProperty("status").GetString());

        var file = await (await api.GetAsync($"/api/v1/cases/{id}")).JsonAsync();
        Assert.Equal(2, file.GetProperty("assessments").GetArrayLength());
        Assert.Equal("low", file.GetProperty("assessments")[0].GetProperty("items")[0].GetProperty("severity").GetString());
        Assert.True(file.GetProperty("goals")[0].GetProperty("actions")[0].GetProperty("overdue").GetBoolean());
        Assert.Equal(45, file.GetProperty("services")[0].GetProperty("durationMinutes").GetInt32());
        var history = file.GetProperty("applications")[0].GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()).ToList();
        Assert.Equal(["filed", "pending_documents", "approved"], history);
        Assert.Equal(["open", "closed", "active"], file.GetProperty("statusHistory").EnumerateArray().Select(s => s.GetProperty("status").GetString()).ToList());
        var kinds = file.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "status", "assessment", "goal", "action", "service", "application" }, kinds);

        var list = await (await api.GetAsync($"/api/v1/cases?beneficiaryId={w.Person}")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }
}
