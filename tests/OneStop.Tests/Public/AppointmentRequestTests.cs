using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Public;

[Collection(PortalCollection.Name)]
public sealed class AppointmentRequestTests(PortalFactory factory)
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Request_ValidationHoneypotAndStore_OnlyAGenuineCompleteRequestIsKept()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.PublicStructureAsync(municipality, "Κέντρο Κοινότητας Αιτημάτων");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var url = $"/p/{municipality}/appointment";
        var today = AthensClock.DayOf(DateTime.UtcNow);

        var invalid = await client.PostFormAsync(url, new()
        {
            ["Input.StructureId"] = S(structure), ["Input.Name"] = "Μαρία Αιτούσα", ["Input.Topic"] = "Επίδομα στέγασης",
            ["Input.PreferredDate"] = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Email"] = "όχι-email",
        });
        var page = await invalid.TextAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("value=\"Μαρία Αιτούσα\"", page);
        Assert.Contains("Επιλέξτε το κουτί για να αποδεχτείτε την ενημέρωση.", page);
        Assert.Contains("Επιλέξτε ημέρα από σήμερα έως τρεις μήνες μπροστά.", page);
        Assert.Contains("field-error field-validation-error\" data-valmsg-for=\"Input.Email\"", page);
        var noContact = await (await client.PostFormAsync(url, new() { ["Input.StructureId"] = S(structure), ["Input.Name"] = "Μαρία", ["Input.Topic"] = "Θέμα", ["Input.Consent"] = "true" })).TextAsync();
        Assert.Contains("Δώστε τηλέφωνο ή e-mail", noContact);

        var bot = await client.PostFormAsync(url, new() { ["Input.StructureId"] = S(structure), ["Input.Name"] = "Bot", ["Input.Phone"] = "2101234567", ["Input.Topic"] = "Spam", ["Input.Consent"] = "true", ["Input.Website"] = "http://spam.test" });
        Assert.Equal(HttpStatusCode.Redirect, bot.StatusCode);

        var sent = await client.PostFormAsync(url + "?programmes=kea", new()
        {
            ["Input.StructureId"] = S(structure), ["Input.Name"] = "Μαρία Αιτούσα", ["Input.Phone"] = "6971234567", ["Input.Topic"] = "Επίδομα στέγασης",
            ["Input.PreferredDate"] = today.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Input.Window"] = "Morning",
            ["Input.Consent"] = "true", ["Input.Programmes"] = "kea,housing_benefit",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Το αίτημά σας στάλθηκε", await client.GetTextAsync(sent.Headers.Location!));

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var stored = await db.AppointmentRequests.Where(a => a.StructureId == structure).ToListAsync();
        var request = Assert.Single(stored);
        Assert.Equal(("Μαρία Αιτούσα", "6971234567", TimeWindow.Morning, AppointmentStatus.Requested, "kea,housing_benefit"), (request.Name, request.Phone, request.Window, request.Status, request.ProgrammeCodes));
        Assert.Equal(today.AddDays(2), request.PreferredDate);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(AppointmentRequest) && a.EntityId == S(request.Id) && a.Action == AuditAction.Insert));
    }

    [Fact]
    public async Task Request_AppearsOnTodayOfItsStructure_FrontDeskConfirmsWithATime()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.PublicStructureAsync(municipality, "Κέντρο Κοινότητας Υποδοχής");
        var other = await factory.PublicStructureAsync(municipality, "Παράρτημα Άλλο");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var sent = await client.PostFormAsync($"/p/{municipality}/appointment", new()
        {
            ["Input.StructureId"] = S(structure), ["Input.Name"] = "Γιώργος Ραντεβού", ["Input.Email"] = "giorgos@example.test", ["Input.Topic"] = "ΚΕΑ", ["Input.Consent"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var desk = await factory.BrowserAsync(await factory.UserAsync((AppRole.FrontDesk, structure)), TestData.Password);
        var stranger = await factory.BrowserAsync(await factory.UserAsync((AppRole.FrontDesk, other)), TestData.Password);
        var today = $"/FrontDesk/Today?structureId={structure}";
        var page = await desk.GetTextAsync(today);
        Assert.Contains("Αιτήματα για ραντεβού", page);
        Assert.Contains("Γιώργος Ραντεβού", page);
        Assert.Contains("ζητήθηκε", page);
        Assert.DoesNotContain("Γιώργος Ραντεβού", await stranger.GetTextAsync($"/FrontDesk/Today?structureId={other}"));

        int id;
        await using (var scope = factory.Scope())
        {
            id = await factory.Db(scope).AppointmentRequests.Where(a => a.StructureId == structure).Select(a => a.Id).SingleAsync();
        }

        var day = AthensClock.DayOf(DateTime.UtcNow);
        var answer = new Dictionary<string, string> { ["status"] = "Confirmed", ["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["time"] = "23:30", ["version"] = "0" };
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormToAsync($"/FrontDesk/Today?structureId={other}", $"/FrontDesk/AppointmentRequest?id={id}", answer)).StatusCode);
        var confirmed = await desk.PostFormToAsync(today, $"/FrontDesk/AppointmentRequest?id={id}", answer);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var after = await desk.GetTextAsync(confirmed.Headers.Location!);
        Assert.Contains("επιβεβαιώθηκε", after);
        Assert.Contains(day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + " 23:30", after);

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var request = await db.AppointmentRequests.SingleAsync(a => a.Id == id);
            Assert.Equal(AppointmentStatus.Confirmed, request.Status);
            Assert.Equal(AthensClock.ToUtc(day, new TimeOnly(23, 30)), request.AppointmentAt);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(AppointmentRequest) && a.EntityId == S(id) && a.Action == AuditAction.Update));
        }
    }
}
