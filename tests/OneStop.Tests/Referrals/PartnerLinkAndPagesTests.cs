using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.Referrals;

namespace OneStop.Tests.Referrals;

/// <summary>External partners answer through signed, expiring links; the sender refers from the pages and prints the letter.</summary>
[Collection(ReferralsCollection.Name)]
public sealed class PartnerLinkAndPagesTests(AppFactory factory)
{
    private async Task<(int Centre, int Person, int Service, string Caseworker)> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var centre = await factory.StructureAsync(municipality, "Κέντρο Κοινότητας Δοκιμής");
        var person = await factory.BeneficiaryAsync(centre, "Αλεξίου", "Νίκος", afm: "090000045", phone: "6970000001");
        int service;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var organization = new PartnerOrganization { HsdsId = Guid.NewGuid(), MunicipalityId = municipality, Name = "ΟΑΕΔ Αθηνών", Kind = OrganizationKind.PublicBody };
            organization.Services.Add(new PartnerService { HsdsId = Guid.NewGuid(), Name = "Εγγραφή ανέργων" });
            db.PartnerOrganizations.Add(organization);
            await db.SaveChangesAsync();
            service = organization.Services[0].Id;
        }

        return (centre, person, service, await factory.UserAsync((AppRole.Caseworker, centre)));
    }

    private HttpClient Anonymous() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task PartnerLink_AnswersTheLoop_TamperedRevokedAndExpiredRefused()
    {
        var (centre, person, service, caseworker) = await ArrangeAsync();
        var api = await factory.ApiAsAsync(caseworker);
        var created = await api.PostAsJsonAsync("/api/v1/referrals", new
        {
            beneficiaryId = person, fromStructureId = centre, toPartnerServiceId = service, reason = "Εγγραφή στο μητρώο ανέργων",
            sharedFields = new[] { "lastName", "phone" }, legalBasis = "Άρθρο 6 παρ. 1 ε ΓΚΠΔ",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var link = await (await api.PostAsJsonAsync($"/api/v1/referrals/{id}/link", new { days = 10 })).Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(link.GetProperty("url").GetString()!).PathAndQuery;

        var partner = Anonymous();
        var page = await partner.GetTextAsync(url);
        Assert.Contains("Αλεξίου", page);
        Assert.Contains("6970000001", page);
        Assert.DoesNotContain("Νίκος", page);
        Assert.DoesNotContain("090000045", page);
        Assert.Contains("παρελήφθη", page);
        Assert.Equal(HttpStatusCode.Redirect, (await partner.PostFormAsync(url, new() { ["status"] = "Accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await partner.PostFormAsync(url, new() { ["status"] = "InProgress" })).StatusCode);
        var noOutcome = await partner.PostFormAsync(url, new() { ["status"] = "Completed", ["note"] = "" });
        Assert.Contains("αποτέλεσμα", await noOutcome.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await partner.PostFormAsync(url, new() { ["status"] = "Completed", ["note"] = "Εγγράφηκε" })).StatusCode);
        var done = await api.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{id}");
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Contains("ΟΑΕΔ Αθηνών", done.GetProperty("history").EnumerateArray().Last().GetProperty("by").GetString());

        // A changed character fails the signature; a reissued link revokes the old one; an expired link says so.
        var token = url[(url.IndexOf("t=", StringComparison.Ordinal) + 2)..];
        var tampered = url.Replace(token, token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..], StringComparison.Ordinal);
        var refused = await partner.GetAsync(tampered);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("δεν είναι έγκυρος", await refused.TextAsync());

        var second = (await (await api.PostAsJsonAsync("/api/v1/referrals", new
        {
            beneficiaryId = person, fromStructureId = centre, toPartnerServiceId = service, reason = "Επαγγελματικός προσανατολισμός", legalBasis = "ν. 4445/2016",
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var first = new Uri((await (await api.PostAsJsonAsync($"/api/v1/referrals/{second}/link", new { })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!).PathAndQuery;
        await api.PostAsJsonAsync($"/api/v1/referrals/{second}/link", new { });
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(first)).StatusCode);

        string expired;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var referral = await db.Referrals.SingleAsync(r => r.Id == second);
            expired = await scope.ServiceProvider.GetRequiredService<ReferralLinks>().IssueAsync(referral, DateTime.UtcNow.AddMinutes(-1), CancellationToken.None);
        }

        var late = await partner.GetAsync($"/Referrals/Respond?t={expired}");
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("έχει λήξει", await late.TextAsync());
        Assert.Equal("sent", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{second}")).GetProperty("status").GetString());

        var letter = await api.GetAsync($"/api/v1/referrals/{id}/letter.pdf");
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        var bytes = await letter.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "onestop-referral-letter.pdf"), bytes);
    }

    [Fact]
    public async Task Pages_ReferFromFile_RefusedWithoutConsentThenSentAndListed()
    {
        var (centre, person, service, caseworker) = await ArrangeAsync();
        var browser = await factory.BrowserAsync(caseworker, TestData.Password);
        var form = $"/Referrals/Create?beneficiaryId={person}";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.BeneficiaryId", person.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.FromStructureId", centre.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.ToPartnerServiceId", service.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Reason", "Αναζήτηση εργασίας"), new("Input.Urgency", "Normal"),
            new("Input.SharedFields", "lastName"), new("Input.SharedFields", "firstName"), new("Input.Draft", "false"),
        };

        var refused = await browser.PostMultipartAsync(form, fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var text = await refused.TextAsync();
        Assert.Contains("δεν έχει δώσει συγκατάθεση", text);
        Assert.Contains("Αναζήτηση εργασίας", text);

        var sent = await browser.PostMultipartAsync(form, fields.Append(new("Input.LegalBasis", "ν. 4445/2016")));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var details = await browser.GetTextAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains("εστάλη", details);
        Assert.Contains("ΟΑΕΔ Αθηνών", details);
        Assert.Contains("Αναζήτηση εργασίας", await browser.GetTextAsync($"/Referrals/ForPerson?beneficiaryId={person}"));
        Assert.Contains("Αναζήτηση εργασίας", await browser.GetTextAsync("/Referrals"));
        Assert.Contains("ΟΑΕΔ Αθηνών", await browser.GetTextAsync("/Referrals/Report"));
    }
}
