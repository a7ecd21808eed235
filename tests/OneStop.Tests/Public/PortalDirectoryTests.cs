using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Public;

[Collection(PortalCollection.Name)]
public sealed class PortalDirectoryTests(PortalFactory factory)
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    [Fact]
    public async Task OpenNow_EdgesOfIntervalsAndHolidayExceptions_InAthensTime()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.PublicStructureAsync(municipality, "Κέντρο Κοινότητας Ωραρίου", s =>
        {
            s.OpeningHours.AddRange([
                new OpeningInterval { Day = DayOfWeek.Monday, Opens = new(9, 0), Closes = new(14, 0) },
                new OpeningInterval { Day = DayOfWeek.Monday, Opens = new(17, 0), Closes = new(20, 0) },
                new OpeningInterval { Day = DayOfWeek.Wednesday, Opens = new(9, 0), Closes = new(14, 0) }]);
            s.HoursExceptions.AddRange([
                new HoursException { Date = Monday.AddDays(1), Opens = new(10, 0), Closes = new(12, 0), Note = "Έκτακτο ωράριο" },
                new HoursException { Date = Monday.AddDays(2), IsClosed = true, Note = "Θεοφάνεια" }]);
        });
        var client = factory.CreateClient();
        try
        {
            foreach (var (day, h, m, s, open) in new[]
            {
                (0, 8, 59, 59, false), (0, 9, 0, 0, true), (0, 13, 59, 59, true), (0, 14, 0, 0, false), (0, 17, 0, 0, true), (0, 19, 59, 0, true), (0, 20, 0, 0, false),
                (1, 10, 0, 0, true), (1, 12, 0, 0, false), (2, 10, 0, 0, false),
            })
            {
                factory.Time.SetAthens(Monday.AddDays(day), h, m, s);
                var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/public/structures?municipalityId={municipality}");
                Assert.True(open == list[0].GetProperty("openNow").GetBoolean(), $"day +{day} {h:00}:{m:00}:{s:00}");
            }

            // On the holiday the home page says closed, names the holiday and still shows the week.
            var page = await client.GetTextAsync($"/p/{municipality}");
            Assert.Contains("Κλειστά τώρα", page);
            Assert.Contains("Θεοφάνεια", page);
            Assert.Contains("Σήμερα (Τετάρτη):\n            κλειστά", page.Replace("\r", "", StringComparison.Ordinal));
            Assert.Contains("Δευτέρα 11/01/2027", page);

            factory.Time.SetAthens(Monday, 10, 0);
            var english = factory.CreateClient();
            english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");
            var englishPage = await english.GetTextAsync($"/p/{municipality}/structures/{structure}");
            Assert.Contains("Open now", englishPage);
            Assert.Contains("09:00–14:00, 17:00–20:00", englishPage);
            Assert.Contains("Step-free entrance", englishPage);
            Assert.Contains("https://www.openstreetmap.org/search?query=", englishPage);
        }
        finally
        {
            factory.Time.Reset();
        }
    }

    [Fact]
    public async Task Directory_ProtectedStructures_NeverAppearNotEvenTheirExistence()
    {
        var open = await factory.MunicipalityAsync("Δήμος Ανοιχτός " + Guid.NewGuid().ToString("N")[..6]);
        var hidden = await factory.MunicipalityAsync("Δήμος Μόνο Ξενώνα " + Guid.NewGuid().ToString("N")[..6]);
        var visible = await factory.PublicStructureAsync(open, "Κέντρο Κοινότητας Φανερό");
        var shelter = await factory.PublicStructureAsync(open, "Ξενώνας Κρυφός", s => s.IsProtected = true);
        var otherShelter = await factory.PublicStructureAsync(hidden, "Ξενώνας Άλλος Κρυφός", s => s.IsProtected = true);
        var client = factory.CreateClient();

        var index = await client.GetTextAsync("/p");
        Assert.Contains("Δήμος Ανοιχτός", index);
        Assert.DoesNotContain("Δήμος Μόνο Ξενώνα", index);
        var home = await client.GetTextAsync($"/p/{open}");
        Assert.Contains("Κέντρο Κοινότητας Φανερό", home);
        Assert.DoesNotContain("Κρυφός", home);
        Assert.DoesNotContain("Κρυφός", await client.GetTextAsync($"/p/{open}/appointment"));

        var protectedPage = await client.GetAsync($"/p/{open}/structures/{shelter}");
        var missingPage = await client.GetAsync($"/p/{open}/structures/{int.MaxValue}");
        Assert.Equal(HttpStatusCode.NotFound, protectedPage.StatusCode);
        Assert.Equal(await missingPage.Content.ReadAsStringAsync(), await protectedPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{hidden}/structures/{visible}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{hidden}/structures/{otherShelter}")).StatusCode);

        var all = await client.GetStringAsync("/api/v1/public/structures");
        Assert.Contains("Κέντρο Κοινότητας Φανερό", all);
        Assert.DoesNotContain("Κρυφός", all);
        Assert.Equal("[]", await client.GetStringAsync($"/api/v1/public/structures?municipalityId={hidden}"));

        var post = await client.PostFormAsync($"/p/{open}/appointment", new()
        {
            ["Input.StructureId"] = shelter.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Name"] = "Δοκιμή", ["Input.Phone"] = "2101234567",
            ["Input.Topic"] = "Θέμα", ["Input.Consent"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("Επιλέξτε μία από τις δομές.", await post.TextAsync());
    }

    [Fact]
    public async Task PublicEndpoints_NoPersonalData_AndInOpenApi()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.PublicStructureAsync(municipality, "Κέντρο Κοινότητας Απορρήτου");
        await factory.BeneficiaryAsync(structure, "Προσωπικόπουλος", "Ιδιώτης", phone: "6971112223");
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            db.AppointmentRequests.Add(new AppointmentRequest { StructureId = structure, Name = "Αιτούσα Ιδιωτική", Phone = "6984445556", Topic = "Απόρρητο θέμα", RequestedAt = DateTime.UtcNow, Status = AppointmentStatus.Requested });
            await db.SaveChangesAsync();
        }

        var client = factory.CreateClient();
        foreach (var url in new[] { "/p", $"/p/{municipality}", $"/p/{municipality}/structures/{structure}", $"/p/{municipality}/programmes", $"/p/{municipality}/entitled", $"/p/{municipality}/appointment", "/p/accessibility", "/api/v1/public/structures", "/api/v1/public/programmes" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.TextAsync();
            foreach (var secret in new[] { "Προσωπικόπουλος", "6971112223", "Αιτούσα Ιδιωτική", "6984445556", "Απόρρητο θέμα" })
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{url} shows {secret}");
            }
        }

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/public/structures?municipalityId={municipality}");
        Assert.Equal(
            ["accessibility", "accessibilityNotes", "address", "email", "hoursExceptions", "id", "mapUrl", "municipality", "municipalityId", "name", "openNow", "openingHours", "phone", "postalCode", "services", "type", "typeNameEl", "typeNameEn"],
            list[0].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["lift", "step_free_entrance"], list[0].GetProperty("accessibility").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("A", list[0].GetProperty("services")[0].GetProperty("axis").GetString());

        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/public/structures\"", openApi);
        Assert.Contains("\"/api/v1/public/programmes\"", openApi);
    }
}
