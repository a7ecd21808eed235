using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Referrals;

/// <summary>The closed loop over the API: consent gate, lifecycle, isolation, reminders and the report.</summary>
[Collection(ReferralsCollection.Name)]
public sealed class ReferralsApiTests(AppFactory factory)
{
    private sealed record Arranged(int Centre, int Grocery, int Third, HttpClient Sender, HttpClient Receiver, HttpClient Outsider, int Person);

    private async Task<Arranged> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var centre = await factory.StructureAsync(municipality, "Κέντρο Κοινότητας");
        var grocery = await factory.StructureAsync(municipality, "Κοινωνικό Παντοπωλείο", "social_grocery");
        var third = await factory.StructureAsync(municipality, "Κοινωνικό Φαρμακείο");
        var person = await factory.BeneficiaryAsync(centre, "Γεωργίου", "Μαρία", phone: "6912345678", birthDate: new DateOnly(1980, 1, 1));
        return new Arranged(centre, grocery, third,
            await factory.ApiAsAsync(await factory.UserAsync((AppRole.Caseworker, centre))),
            await factory.ApiAsAsync(await factory.UserAsync((AppRole.Partner, grocery))),
            await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, third))),
            person);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static Task<HttpResponseMessage> ReferAsync(HttpClient api, Arranged a, string? legalBasis = null, bool draft = false, string[]? shared = null) =>
        api.PostAsJsonAsync("/api/v1/referrals", new
        {
            beneficiaryId = a.Person, fromStructureId = a.Centre, toStructureId = a.Grocery, reason = "Τρόφιμα για οικογένεια", urgency = "urgent",
            sharedFields = shared ?? ["lastName", "firstName", "phone"], legalBasis, draft,
        });

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient api, int id, string status, string? note = null) =>
        await api.PostAsJsonAsync($"/api/v1/referrals/{id}/status", new { status, note });

    [Fact]
    public async Task Create_WithoutConsentOrLegalBasis_RefusedThenAllowedByEither()
    {
        var a = await ArrangeAsync();

        var refused = await ReferAsync(a.Sender, a);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("συγκατάθεση", (await JsonAsync(refused)).GetProperty("errors").GetProperty("legalBasis")[0].GetString());

        var draft = await JsonAsync(await ReferAsync(a.Sender, a, draft: true));
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(a.Sender, draft.GetProperty("id").GetInt32(), "sent")).StatusCode);

        var byLaw = await ReferAsync(a.Sender, a, legalBasis: "Άρθρο 6 παρ. 1 ε ΓΚΠΔ");
        Assert.Equal(HttpStatusCode.Created, byLaw.StatusCode);
        Assert.False((await JsonAsync(byLaw)).GetProperty("consentOnRecord").GetBoolean());

        var today = AthensClock.DayOf(DateTime.UtcNow);
        var consent = await a.Sender.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Person}/consents", new { purpose = "referral", given = true, date = today });
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        var byConsent = await JsonAsync(await ReferAsync(a.Sender, a));
        Assert.Equal("sent", byConsent.GetProperty("status").GetString());
        Assert.True(byConsent.GetProperty("consentOnRecord").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(a.Sender, draft.GetProperty("id").GetInt32(), "sent")).StatusCode);

        // A withdrawn consent no longer counts.
        var consentId = (await JsonAsync(consent)).GetProperty("id").GetInt32();
        await a.Sender.PostAsync($"/api/v1/beneficiaries/{a.Person}/consents/{consentId}/withdraw", null);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReferAsync(a.Sender, a)).StatusCode);
    }

    [Fact]
    public async Task Status_WholeLoopAndIllegalSteps_RecordedOrRefusedWithMessage()
    {
        var a = await ArrangeAsync();
        var id = (await JsonAsync(await ReferAsync(a.Sender, a, legalBasis: "ν. 4445/2016"))).GetProperty("id").GetInt32();

        var illegal = await MoveAsync(a.Receiver, id, "completed", "ok");
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Contains("«εστάλη»", (await JsonAsync(illegal)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(a.Sender, id, "accepted")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(a.Receiver, id, "withdrawn")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(a.Receiver, id, "bogus")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(a.Receiver, id, "received")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(a.Receiver, id, "accepted")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(a.Receiver, id, "completed", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(a.Receiver, id, "in_progress")).StatusCode);
        var noOutcome = await MoveAsync(a.Receiver, id, "completed");
        Assert.Equal(HttpStatusCode.BadRequest, noOutcome.StatusCode);
        Assert.True((await JsonAsync(noOutcome)).GetProperty("errors").TryGetProperty("note", out _));
        var done = await JsonAsync(await MoveAsync(a.Receiver, id, "completed", "Δόθηκε δέμα τροφίμων"));
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal("Δόθηκε δέμα τροφίμων", done.GetProperty("outcome").GetString());
        Assert.Equal(["draft", "sent", "received", "accepted", "in_progress", "completed"],
            done.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()!).ToArray());
        Assert.All(done.GetProperty("history").EnumerateArray(), h => Assert.StartsWith("Test ", h.GetProperty("by").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(a.Sender, id, "closed")).StatusCode);

        // Declined (with its reason), answering a sent referral records its receipt first.
        var second = (await JsonAsync(await ReferAsync(a.Sender, a, legalBasis: "ν. 4445/2016"))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(a.Receiver, second, "declined")).StatusCode);
        var declined = await JsonAsync(await MoveAsync(a.Receiver, second, "declined", "Εκτός κριτηρίων"));
        Assert.Equal("Εκτός κριτηρίων", declined.GetProperty("declineReason").GetString());
        Assert.Equal("received", declined.GetProperty("history")[2].GetProperty("to").GetString());

        // Closed for no response, and withdrawn, by the sender.
        var third = (await JsonAsync(await ReferAsync(a.Sender, a, legalBasis: "ν. 4445/2016"))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(a.Sender, third, "closed", "Καμία απάντηση")).StatusCode);
        var fourth = (await JsonAsync(await ReferAsync(a.Sender, a, legalBasis: "ν. 4445/2016"))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await MoveAsync(a.Sender, fourth, "withdrawn")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(a.Receiver, fourth, "accepted")).StatusCode);

        // Lists by direction and status, and the report with its medians.
        var incoming = await JsonAsync(await a.Receiver.GetAsync("/api/v1/referrals?direction=incoming&status=completed"));
        Assert.Equal(id, Assert.Single(incoming.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Equal(0, (await JsonAsync(await a.Receiver.GetAsync("/api/v1/referrals?direction=outgoing"))).GetProperty("total").GetInt32());
        Assert.Equal(4, (await JsonAsync(await a.Sender.GetAsync("/api/v1/referrals?direction=outgoing"))).GetProperty("total").GetInt32());
        var report = await JsonAsync(await a.Sender.GetAsync("/api/v1/referrals/report"));
        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Equal("Κοινωνικό Παντοπωλείο", row.GetProperty("destination").GetString());
        Assert.Equal(4, row.GetProperty("total").GetInt32());
        Assert.Equal(1, row.GetProperty("byStatus").GetProperty("completed").GetInt32());
        Assert.True(row.GetProperty("medianDaysToCompletion").GetDouble() >= 0);
    }

    [Fact]
    public async Task Isolation_ReceiverSeesSharedFieldsOnly_ThirdStructureNothing_RemindersWhenOverdue()
    {
        var a = await ArrangeAsync();
        var sent = await JsonAsync(await ReferAsync(a.Sender, a, legalBasis: "ν. 4445/2016", shared: ["lastName", "phone"]));
        var id = sent.GetProperty("id").GetInt32();
        Assert.Equal(a.Person, sent.GetProperty("beneficiaryId").GetInt32());

        var seen = await JsonAsync(await a.Receiver.GetAsync($"/api/v1/referrals/{id}"));
        Assert.Equal("incoming", seen.GetProperty("direction").GetString());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("beneficiaryId").ValueKind);
        var person = seen.GetProperty("person");
        Assert.Equal(["lastName", "phone"], person.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("Γεωργίου", person.GetProperty("lastName").GetString());
        Assert.DoesNotContain("Μαρία", await (await a.Receiver.GetAsync($"/api/v1/referrals/{id}")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await a.Receiver.GetAsync($"/api/v1/beneficiaries/{a.Person}")).StatusCode);
        var listed = Assert.Single((await JsonAsync(await a.Receiver.GetAsync("/api/v1/referrals?direction=incoming"))).GetProperty("items").EnumerateArray());
        Assert.Equal("Γεωργίου", listed.GetProperty("personName").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await a.Outsider.GetAsync($"/api/v1/referrals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(a.Outsider, id, "accepted")).StatusCode);
        Assert.Equal(0, (await JsonAsync(await a.Outsider.GetAsync("/api/v1/referrals"))).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await a.Outsider.PostAsJsonAsync("/api/v1/referrals", new
        {
            beneficiaryId = a.Person, fromStructureId = a.Third, toStructureId = a.Grocery, reason = "x", legalBasis = "y",
        })).StatusCode);

        // The receiving structure got no link to the person; the view was audited.
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            Assert.False(await db.BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == a.Person && l.StructureId == a.Grocery));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "Referral" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == AuditAction.View && e.StructureId == a.Grocery));
            var referral = await db.Referrals.SingleAsync(r => r.Id == id);
            referral.DueDate = AthensClock.DayOf(DateTime.UtcNow).AddDays(-1);
            await db.SaveChangesAsync();
        }

        var reminders = await JsonAsync(await a.Sender.GetAsync("/api/v1/referrals/reminders"));
        Assert.True(Assert.Single(reminders.GetProperty("items").EnumerateArray()).GetProperty("overdue").GetBoolean());
        Assert.Equal(1, (await JsonAsync(await a.Receiver.GetAsync("/api/v1/referrals/reminders"))).GetProperty("total").GetInt32());
    }

    /// <summary>The hourly job (ADR 084): a referral unanswered for longer than the limit is closed, with a note in its history; a recent one is not.</summary>
    [Fact]
    public async Task CloseUnanswered_OldSentReferral_ClosedWithNoteRecentKept()
    {
        var a = await ArrangeAsync();
        var old = (await JsonAsync(await ReferAsync(a.Sender, a, legalBasis: "Άρθρο 6 παρ. 1 ε ΓΚΠΔ"))).GetProperty("id").GetInt32();
        var recent = (await JsonAsync(await ReferAsync(a.Sender, a, legalBasis: "Άρθρο 6 παρ. 1 ε ΓΚΠΔ"))).GetProperty("id").GetInt32();
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var referral = await db.Referrals.SingleAsync(r => r.Id == old);
            referral.SentAt = DateTime.UtcNow.AddDays(-31);
            await db.SaveChangesAsync();
        }

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<OneStop.Web.Features.Referrals.ReferralWriter>().CloseUnansweredAsync(30, default);
        }

        Assert.Equal("closed", (await JsonAsync(await a.Sender.GetAsync($"/api/v1/referrals/{old}"))).GetProperty("status").GetString());
        Assert.Equal("sent", (await JsonAsync(await a.Sender.GetAsync($"/api/v1/referrals/{recent}"))).GetProperty("status").GetString());
        await using (var scope = factory.Scope())
        {
            var change = await factory.Db(scope).ReferralStatusChanges.Where(c => c.ReferralId == old).OrderBy(c => c.Id).LastAsync();
            Assert.Equal(ReferralStatus.Closed, change.ToStatus);
            Assert.Null(change.ByUserId);
            Assert.Contains("30", change.Note, StringComparison.Ordinal);
        }
    }
}
