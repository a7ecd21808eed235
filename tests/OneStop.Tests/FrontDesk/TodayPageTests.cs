using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.FrontDesk;

public sealed partial class TodayPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Browser, int Structure, int Service, string Email)> ArrangeAsync(AppRole role = AppRole.FrontDesk)
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality, name: "Κέντρο Κοινότητας Δοκιμής");
        var service = await factory.ServiceAsync(structure, "Ενημέρωση για επιδόματα");
        var email = await factory.UserAsync((role, structure));
        return (await factory.BrowserAsync(email, TestData.Password), structure, service, email);
    }

    private static string Url(int structure) => $"/FrontDesk/Today?structureId={structure}";

    [Fact]
    public async Task Get_DefaultStructure_ShowsQuickEntryAndServices()
    {
        var (browser, _, _, _) = await ArrangeAsync();

        var page = await browser.GetTextAsync("/FrontDesk/Today");

        Assert.Contains("Κέντρο Κοινότητας Δοκιμής", page);
        Assert.Contains("role=\"combobox\"", page);
        Assert.Contains("Ενημέρωση για επιδόματα", page);
    }

    [Fact]
    public async Task Post_KnownPerson_SavedLinkedAndListed()
    {
        var (browser, structure, service, _) = await ArrangeAsync();
        var person = await factory.BeneficiaryAsync(structure, "Οικονόμου", "Δέσποινα");

        var response = await browser.PostMultipartAsync(Url(structure),
        [
            new("Input.BeneficiaryId", person.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Reason", "Αίτηση για επίδομα"),
            new("Input.Channel", "InPerson"), new("Input.Axis", "B"), new("Input.Outcome", "Registered"), new("Input.ServiceIds", service.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetTextAsync(response.Headers.Location!);
        Assert.Contains("Οικονόμου Δέσποινα", page);
        Assert.Contains("Αίτηση για επίδομα", page);
        await using var scope = factory.Scope();
        var visit = await factory.Db(scope).Visits.Include(v => v.Services).SingleAsync(v => v.BeneficiaryId == person);
        Assert.Equal(Axis.B, visit.Axis);
        Assert.Equal([service], visit.Services.Select(s => s.ServiceId));
    }

    [Fact]
    public async Task Post_AnonymousByHtmx_ReturnsEmptyFormAndRefreshedList()
    {
        var (browser, structure, _, _) = await ArrangeAsync();
        var page = await browser.GetStringAsync(Url(structure));
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(structure))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Anonymous"] = "true", ["Input.Gender"] = "Male", ["Input.AgeBand"] = "Over64", ["Input.Reason"] = "Ωράριο ΚΑΠΗ",
                ["Input.Channel"] = "Phone", ["Input.Axis"] = "A", ["Input.Outcome"] = "Informed", ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("HX-Request", "true");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await response.TextAsync();
        Assert.Contains("hx-swap-oob", fragment);
        Assert.Contains("Ωράριο ΚΑΠΗ", fragment);
        Assert.Contains("ανώνυμος (Άνδρας, 65 και άνω)", fragment);
        Assert.DoesNotContain("<html", fragment);
    }

    [Fact]
    public async Task Post_MissingReasonAndPerson_FormReturnedWithMessagesAndTypedText()
    {
        var (browser, structure, _, _) = await ArrangeAsync();

        var response = await browser.PostMultipartAsync(Url(structure),
        [
            new("Input.PersonLabel", "Κάποιος Άγνωστος"), new("Input.Channel", "Email"), new("Input.Axis", "C"), new("Input.Outcome", "Other"), new("Input.Time", "25:99"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.TextAsync();
        Assert.Contains("value=\"Κάποιος Άγνωστος\"", page);
        Assert.Contains("Input_Reason-error", page);
        Assert.Contains("Input_Time-error", page);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).Visits.AnyAsync(v => v.StructureId == structure));
    }

    [Fact]
    public async Task Post_EarlierDayWithoutTime_RefusedWithTimeMessage_WithTimeSavedOnThatDay()
    {
        var (browser, structure, _, _) = await ArrangeAsync();
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-5));
        var url = $"{Url(structure)}&date={day:yyyy-MM-dd}";
        List<KeyValuePair<string, string>> fields = [new("Input.Anonymous", "true"), new("Input.Reason", "Ξεχασμένη καταχώριση"), new("Input.Channel", "InPerson"), new("Input.Axis", "A"), new("Input.Outcome", "Informed")];

        var refused = await browser.PostMultipartAsync(url, fields);
        var saved = await browser.PostMultipartAsync(url, [.. fields, new("Input.Time", "09:45")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Δώστε την ώρα μιας επαφής άλλης ημέρας.", await refused.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Scope();
        var visit = await factory.Db(scope).Visits.SingleAsync(v => v.StructureId == structure);
        Assert.Equal(day, visit.Day);
    }

    /// <summary>A long day lists its latest 100 contacts with a link to all of them; the card's PDF keeps every one.</summary>
    [Fact]
    public async Task Get_LongDay_ShowsLatestHundredAndAllOnRequest()
    {
        var (browser, structure, _, _) = await ArrangeAsync();
        var day = new DateOnly(2025, 3, 10);
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            for (var i = 1; i <= 105; i++)
            {
                db.Visits.Add(new Visit
                {
                    StructureId = structure, Day = day, OccurredAt = new DateTime(2025, 3, 10, 6, 0, 0, DateTimeKind.Utc).AddMinutes(i),
                    Reason = $"Επαφή-{i:000}", Channel = VisitChannel.Phone, Axis = Axis.A, Outcome = VisitOutcome.Informed,
                    AnonymousGender = Gender.Female, AnonymousAgeBand = AgeBand.From30To54,
                });
            }

            await db.SaveChangesAsync();
        }

        var url = $"/FrontDesk/Today?structureId={structure}&date=2025-03-10";
        var page = await browser.GetTextAsync(url);
        Assert.DoesNotContain("Επαφή-005", page);
        Assert.Contains("Επαφή-006", page);
        Assert.Contains("Επαφή-105", page);
        Assert.Matches("href=\"/FrontDesk/Today\\?structureId=\\d+(&amp;|&)date=2025-03-10(&amp;|&)all=true#visits-list\"", page);

        var all = await browser.GetTextAsync(url + "&all=true");
        Assert.Contains("Επαφή-001", all);
        Assert.Contains("Επαφή-105", all);
    }

    [Fact]
    public async Task Get_AnotherStructure_NotFound()
    {
        var (browser, _, _, _) = await ArrangeAsync();
        var other = await factory.StructureAsync(await factory.MunicipalityAsync());

        var response = await browser.GetAsync(Url(other));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OlderDay_FrontDeskHasNoCorrectLinkAndEditRefused_CoordinatorCorrects()
    {
        var (browser, structure, _, email) = await ArrangeAsync();
        var api = await factory.ApiAsAsync(email);
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        var created = await (await api.PostAsJsonAsync("/api/v1/visits", new { structureId = structure, anonymous = true, reason = "Χθεσινή", axis = "A", outcome = "informed", occurredAt = yesterday }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt64();
        var day = created.GetProperty("day").GetString();

        var list = await browser.GetTextAsync($"{Url(structure)}&date={day}");
        var edit = await browser.GetAsync($"/FrontDesk/EditVisit/{id}");

        Assert.Contains("Χθεσινή", list);
        Assert.DoesNotContain($"/FrontDesk/EditVisit/{id}", list);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);

        var coordinator = await factory.BrowserAsync(await factory.UserAsync((AppRole.Coordinator, structure)), TestData.Password);
        Assert.Contains($"/FrontDesk/EditVisit/{id}", await coordinator.GetTextAsync($"{Url(structure)}&date={day}"));
        var form = await coordinator.GetStringAsync($"/FrontDesk/EditVisit/{id}");
        var version = Regex.Match(form, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var saved = await coordinator.PostMultipartAsync($"/FrontDesk/EditVisit/{id}",
        [
            new("Input.Reason", "Χθεσινή, διορθωμένη"), new("Input.Time", "10:15"), new("Input.Channel", "Phone"), new("Input.Axis", "A"), new("Input.Outcome", "Informed"), new("Input.Version", version),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Scope();
        Assert.Equal("Χθεσινή, διορθωμένη", (await factory.Db(scope).Visits.SingleAsync(v => v.Id == id)).Reason);
    }

    [Fact]
    public async Task Search_ByName_ReturnsListboxOptions()
    {
        var (browser, structure, _, _) = await ArrangeAsync();
        var person = await factory.BeneficiaryAsync(structure, "Καραγιάννης", "Πέτρος", amka: "23029237288");

        var fragment = await browser.GetTextAsync($"/FrontDesk/Today?handler=Search&structureId={structure}&q=karag");

        Assert.Contains($"id=\"person-{person}\"", fragment);
        Assert.Contains("role=\"option\"", fragment);
        Assert.Contains("Καραγιάννης Πέτρος", fragment);
    }

    [Fact]
    public async Task ConsentForm_VisiblePerson_PdfAndAudited_InvisibleNotFound()
    {
        var (browser, structure, _, _) = await ArrangeAsync();
        var person = await factory.BeneficiaryAsync(structure, "Αλεξίου", "Σοφία", amka: "23029237288");
        var stranger = await factory.BeneficiaryAsync(await factory.StructureAsync(await factory.MunicipalityAsync()), "Ξένος", "Κώστας");

        var pdf = await browser.GetAsync($"/Beneficiaries/ConsentForm/{person}");
        var hidden = await browser.GetAsync($"/Beneficiaries/ConsentForm/{stranger}");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        await using var scope = factory.Scope();
        var key = person.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await factory.Db(scope).AuditEntries.AnyAsync(e => e.Action == AuditAction.View && e.EntityType == "Beneficiary" && e.EntityId == key));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
