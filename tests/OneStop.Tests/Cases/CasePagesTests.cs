using System.Net;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

/// <summary>The case pages as a caseworker uses them: open from the Today page, forms that come back with errors, dashboards, scope.</summary>
[Collection(CasesCollection.Name)]
public sealed class CasePagesTests(AppFactory factory)
{
    [Fact]
    public async Task CasePages_OpenFromVisitAndRecord_FormsAndScopeHold()
    {
        var w = await factory.WorldAsync();
        var browser = await factory.BrowserAsync(w.Caseworker, TestData.Password);

        var today = await browser.GetStringAsync($"/FrontDesk/Today?structureId={w.Structure}");
        var openUrl = $"/Cases/Open?beneficiaryId={w.Person}&visitId={w.Visit}&structureId={w.Structure}";
        Assert.Contains(openUrl.Replace("&", "&amp;", StringComparison.Ordinal), today, StringComparison.Ordinal);

        var opened = await browser.PostFormToAsync(openUrl, "/Cases/Open", new()
        {
            ["Input.BeneficiaryId"] = $"{w.Person}", ["Input.VisitId"] = $"{w.Visit}", ["Input.StructureId"] = $"{w.Structure}", ["Input.CaseworkerIds"] = w.CaseworkerId,
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var caseUrl = opened.Headers.Location!.OriginalString;
        Assert.StartsWith("/Cases/Details/", caseUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(openUrl)).StatusCode);

        var file = await browser.GetStringAsync(caseUrl);
        Assert.Contains("Αντωνίου Σοφία", file, StringComparison.Ordinal);

        // A goal without a title comes back with the message under the field; then it is saved.
        var empty = await browser.PostFormToAsync(caseUrl, $"{caseUrl}?handler=Goal", new() { ["Goal.Title"] = "", ["Goal.Domain"] = "Housing" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = await empty.Content.ReadAsStringAsync();
        Assert.Contains("field-validation-error", page, StringComparison.Ordinal);
        Assert.Contains("<option selected=\"selected\" value=\"Housing\">", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormToAsync(caseUrl, $"{caseUrl}?handler=Goal", new() { ["Goal.Title"] = "Στέγη" })).StatusCode);

        var assessment = new Dictionary<string, string> { ["Assessment.AssessedOn"] = CaseArrange.Iso(CaseArrange.Today) };
        assessment["Assessment.Items[0].Domain"] = "Income";
        assessment["Assessment.Items[0].Severity"] = "Critical";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormToAsync(caseUrl, $"{caseUrl}?handler=Assessment", assessment)).StatusCode);
        file = await browser.GetStringAsync(caseUrl);
        Assert.Contains("Στέγη", file, StringComparison.Ordinal);
        Assert.Contains("severity-critical", file, StringComparison.Ordinal);

        var closing = await browser.PostFormToAsync(caseUrl, $"{caseUrl}?handler=Status", new() { ["Status.Status"] = "Closed", ["Status.Reason"] = "" });
        Assert.Contains("field-validation-error", await closing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var notesUrl = caseUrl.Replace("Details", "Notes", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync(notesUrl, new() { ["Input.Text"] = "Πρώτη συνάντηση." })).StatusCode);
        Assert.Contains("Πρώτη συνάντηση.", await browser.GetStringAsync(notesUrl), StringComparison.Ordinal);
        Assert.Contains(caseUrl, await browser.GetStringAsync($"/Beneficiaries/Details/{w.Person}"), StringComparison.Ordinal);
        Assert.Contains(caseUrl, await browser.GetStringAsync("/Cases"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Cases/Appointments?week=true")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Cases/Coordinator?structureId={w.Structure}")).StatusCode);

        var coordinator = await factory.BrowserAsync(w.Coordinator, TestData.Password);
        Assert.Contains($"<th scope=\"row\">Test {w.Caseworker[5..13]}</th><td>1</td>", await coordinator.GetStringAsync($"/Cases/Coordinator?structureId={w.Structure}"), StringComparison.Ordinal);

        var desk = await factory.BrowserAsync(w.FrontDesk, TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.GetAsync(caseUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.GetAsync(notesUrl)).StatusCode);
        Assert.DoesNotContain("/Cases/Open", await desk.GetStringAsync($"/FrontDesk/Today?structureId={w.Structure}"), StringComparison.Ordinal);
        Assert.Contains("Αντωνίου Σοφία", await desk.GetStringAsync($"/Cases/Appointments?beneficiaryId={w.Person}&structureId={w.Structure}"), StringComparison.Ordinal);
    }
}
