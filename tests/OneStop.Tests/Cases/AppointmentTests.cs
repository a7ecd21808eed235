using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

/// <summary>Appointments: booked by the front desk for a caseworker, never double-booked; the caseworker's iCalendar feed.</summary>
[Collection(CasesCollection.Name)]
public sealed class AppointmentTests(AppFactory factory)
{
    [Fact]
    public async Task Appointments_BookedWithoutClash_FeedSubscribedBySecretLink()
    {
        var w = await factory.WorldAsync();
        var desk = await factory.ApiAsAsync(w.FrontDesk);
        var tomorrow = CaseArrange.Iso(CaseArrange.Today.AddDays(1));
        object Booking(string time, string? staff = null, string? date = null) => new
        {
            structureId = w.Structure, staffUserId = staff ?? w.CaseworkerId, beneficiaryId = w.Person, date = date ?? tomorrow, time, durationMinutes = 30, subject = "Συνάντηση αξιολόγησης; β' φάση",
        };

        var first = await desk.PostAsJsonAsync("/api/v1/appointments", Booking("10:00"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstId = (await first.JsonAsync()).GetProperty("id").GetInt64();
        var clash = await desk.PostAsJsonAsync("/api/v1/appointments", Booking("10:15"));
        Assert.True((await clash.JsonAsync()).GetProperty("errors").TryGetProperty("time", out _));
        Assert.Equal(HttpStatusCode.Created, (await desk.PostAsJsonAsync("/api/v1/appointments", Booking("10:30"))).StatusCode);
        var outsider = await desk.PostAsJsonAsync("/api/v1/appointments", Booking("12:00", staff: w.OtherCaseworkerId));
        Assert.True((await outsider.JsonAsync()).GetProperty("errors").TryGetProperty("staffUserId", out _));
        var past = await desk.PostAsJsonAsync("/api/v1/appointments", Booking("12:00", date: CaseArrange.Iso(CaseArrange.Today.AddDays(-1))));
        Assert.True((await past.JsonAsync()).GetProperty("errors").TryGetProperty("date", out _));
        var otherDesk = await factory.ApiAsAsync(w.OtherCaseworker);
        Assert.Equal(HttpStatusCode.NotFound, (await otherDesk.PostAsJsonAsync("/api/v1/appointments", Booking("13:00"))).StatusCode);

        var week = await (await desk.GetAsync($"/api/v1/appointments?staffUserId={w.CaseworkerId}&from={tomorrow}&days=7")).JsonAsync();
        Assert.Equal(2, week.GetProperty("total").GetInt32());
        Assert.EndsWith("10:00", week.GetProperty("items")[0].GetProperty("localStart").GetString());

        // The caseworker subscribes; the feed needs no sign-in, shows initials only, and a new link retires the old one.
        var caseworker = await factory.ApiAsAsync(w.Caseworker);
        var url = (await (await caseworker.PostAsync("/api/v1/calendar/token", null)).JsonAsync()).GetProperty("url").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await desk.PostAsync($"/api/v1/appointments/{firstId}/cancel", null)).StatusCode);
        var anonymous = factory.CreateClient();
        var feed = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var ics = await feed.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("SUMMARY:Συνάντηση αξιολόγησης\\; β' φάση (Σ.Α.)", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Αντωνίου", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

        await caseworker.PostAsync("/api/v1/calendar/token", null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(url).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/calendar/not-a-token.ics")).StatusCode);
    }
}
