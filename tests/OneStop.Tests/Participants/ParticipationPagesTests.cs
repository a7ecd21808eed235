using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Participants;

public sealed partial class ParticipationPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task EntryExitAndImportPages_Caseworker_RecordedFromThePersonsFile()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var other = await factory.StructureAsync(municipality);
        var browser = await factory.BrowserAsync(await factory.UserAsync((AppRole.Caseworker, structure)), TestData.Password);
        var person = await factory.BeneficiaryAsync(structure, "Νικολάου", "Αικατερίνη");
        var today = AthensClock.DayOf(DateTime.UtcNow);

        var file = await browser.GetTextAsync($"/Beneficiaries/Details/{person}");
        Assert.Contains($"/Participants/Entry?beneficiaryId={person}", file, StringComparison.Ordinal);

        // A rejected entry comes back filled in; a good one goes back to the file.
        var entryUrl = $"/Participants/Entry?beneficiaryId={person}";
        var fields = new Dictionary<string, string>
        {
            ["Input.BeneficiaryId"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.StructureId"] = structure.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.EntryDate"] = today.AddMonths(-8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.BirthDate"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Gender"] = "Female", ["Input.LabourStatus"] = "Inactive", ["Input.Isced"] = "2", ["Input.Homeless"] = "Refused", ["Input.Rural"] = "true",
        };
        var rejected = await browser.PostFormAsync(entryUrl, fields);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("μετά την ημερομηνία εισόδου", await rejected.TextAsync(), StringComparison.Ordinal);

        fields["Input.BirthDate"] = "1974-11-25";
        var saved = await browser.PostFormAsync(entryUrl, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        int id;
        await using (var scope = factory.Scope())
        {
            var p = await factory.Db(scope).Participations.SingleAsync(x => x.BeneficiaryId == person);
            Assert.Equal((YesNoRefused.Refused, true, 2), (p.Homeless!.Value, p.Rural!.Value, p.Isced!.Value));
            id = p.Id;
        }

        Assert.Contains("Πλήρη", await browser.GetTextAsync($"/Participants?structureId={structure}"), StringComparison.Ordinal);

        var exit = await browser.PostFormAsync($"/Participants/Exit/{id}", new()
        {
            ["Input.ExitDate"] = today.AddMonths(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ExitSituation"] = "Employed", ["Input.QualificationGained"] = "false", ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, exit.StatusCode);
        Assert.Contains("Νικολάου Αικατερίνη", await browser.GetTextAsync($"/Participants/FollowUps?structureId={structure}"), StringComparison.Ordinal);

        // Import: preview writes nothing; confirm writes the file.
        var importUrl = $"/Participants/Import?structureId={structure}";
        var preview = await PostFileAsync(browser, importUrl, $"{importUrl}&handler=Preview", EsfData.Example(), "participants.csv", []);
        var previewText = await preview.TextAsync();
        Assert.Contains("12 γραμμές: 12 νέες συμμετοχές", previewText, StringComparison.Ordinal);
        await using (var scope = factory.Scope())
        {
            Assert.Equal(1, await factory.Db(scope).Participations.CountAsync(x => x.StructureId == structure));
        }

        var fileId = FileIdInput().Match(previewText).Groups[1].Value;
        var confirm = await browser.PostFormToAsync(importUrl, $"{importUrl}&handler=Confirm", new() { ["fileId"] = fileId });
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        await using (var scope = factory.Scope())
        {
            Assert.Equal(13, await factory.Db(scope).Participations.CountAsync(x => x.StructureId == structure));
        }

        var bad = await PostFileAsync(browser, importUrl, $"{importUrl}&handler=Preview", EsfData.Csv("X,Α,Β,,,female,11111111111,,2025-01-01,,,,,,,,,,,,,,,"), "bad.csv", []);
        Assert.Contains("ΑΜΚΑ", await bad.TextAsync(), StringComparison.Ordinal);

        // Another structure's pages do not exist for this caseworker.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Participants?structureId={other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Participants/Import?structureId={other}")).StatusCode);
        var frontDesk = await factory.BrowserAsync(await factory.UserAsync((AppRole.FrontDesk, structure)), TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await frontDesk.GetAsync($"/Participants/Exit/{id}")).StatusCode);
        Assert.DoesNotContain("/Participants/Entry", await frontDesk.GetTextAsync($"/Beneficiaries/Details/{person}"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string pageUrl, string postUrl, byte[] content, string fileName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = Token().Match(page).Groups[1].Value;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(content), "file", fileName } };
        foreach (var (k, v) in fields)
        {
            form.Add(new StringContent(v), k);
        }

        return await client.PostAsync(postUrl, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"fileId\" value=\"([^\"]+)\"")]
    private static partial Regex FileIdInput();
}
