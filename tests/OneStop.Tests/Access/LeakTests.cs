using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Access;

/// <summary>The leaks of issue 15, each reproduced as the review found it; every test failed before the fix.</summary>
public sealed class LeakTests(AppFactory factory) : IClassFixture<AppFactory>
{
    // Leak 2: an Administrator reads who, when, which record and which fields — not the values.
    [Fact]
    public async Task Audit_Administrator_SeesFieldsNotValues_DpoSeesValues_ReadingIsAudited()
    {
        var municipality = await factory.MunicipalityAsync();
        var shelter = await factory.StructureAsync(municipality, isProtected: true);
        var person = await factory.BeneficiaryAsync(shelter, "Καταφύγιου", "Ιωάννα", amka: "01018012345");
        var admin = await factory.AdminApiAsync();
        var dpoEmail = await factory.UserAsync((AppRole.DataProtectionOfficer, shelter));
        var dpo = await factory.ApiAsAsync(dpoEmail);
        var url = $"/api/v1/audit?entityType=Beneficiary&entityId={person}";

        var asAdmin = await admin.GetFromJsonAsync<JsonElement>(url);
        var asDpo = await dpo.GetFromJsonAsync<JsonElement>(url);

        var adminItem = Assert.Single(asAdmin.GetProperty("items").EnumerateArray());
        Assert.True(adminItem.GetProperty("valuesHidden").GetBoolean());
        Assert.True(adminItem.GetProperty("changes").TryGetProperty("lastName", out var hidden));
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("new").ValueKind);
        Assert.DoesNotContain("Καταφύγιου", asAdmin.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("01018012345", asAdmin.GetRawText(), StringComparison.Ordinal);

        var dpoItem = Assert.Single(asDpo.GetProperty("items").EnumerateArray());
        Assert.False(dpoItem.GetProperty("valuesHidden").GetBoolean());
        Assert.Equal("Καταφύγιου", dpoItem.GetProperty("changes").GetProperty("lastName").GetProperty("new").GetString());

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "AuditLog" && a.Action == AuditAction.View && a.UserName == dpoEmail));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "AuditLog" && a.Action == AuditAction.View && a.UserName == AppFactory.AdminEmail));
    }

    // Leak 2: a DPO of another municipality sees nothing of these people.
    [Fact]
    public async Task Audit_DpoOfAnotherMunicipality_SeesNothing()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var person = await factory.BeneficiaryAsync(structure, "Άλλου", "Δήμου");
        var other = await factory.StructureAsync(await factory.MunicipalityAsync());
        var dpo = await factory.ApiAsAsync(await factory.UserAsync((AppRole.DataProtectionOfficer, other)));

        var page = await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityType=Beneficiary&entityId={person}");

        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    // Leak 3: nothing recorded by a protected structure reaches anyone outside it, counts included.
    [Fact]
    public async Task ProtectedStructure_NotReachedThroughReportsOrNetwork_AndNotCounted()
    {
        var municipality = await factory.MunicipalityAsync();
        var open = await factory.StructureAsync(municipality);
        var shelter = await factory.StructureAsync(municipality, isProtected: true);
        var person = await factory.BeneficiaryAsync(open, "Ανοιχτής", "Δομής");
        var resident = await factory.BeneficiaryAsync(shelter, "Καταφύγιου", "Φιλοξενούμενη");
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            Visit V(int structure, int who, int day)
            {
                var at = new DateTime(2024, 3, day, 9, 0, 0, DateTimeKind.Utc);
                return new Visit { StructureId = structure, BeneficiaryId = who, OccurredAt = at, Day = AthensClock.DayOf(at), Channel = VisitChannel.InPerson, Axis = Axis.A, Reason = "Επίδομα" };
            }

            db.Visits.AddRange(Enumerable.Range(1, 12).Select(d => V(open, person, d)));
            db.Visits.AddRange(Enumerable.Range(1, 7).Select(d => V(shelter, resident, d)));
            await db.SaveChangesAsync();
        }

        const string period = "from=2024-03-01&to=2024-03-31&granularity=month";
        var supervisorEmail = await factory.UserAsync((AppRole.Supervisor, open));
        var supervisor = await factory.ApiAsAsync(supervisorEmail);
        var auditor = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Auditor, null)));
        var shelterCoordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, shelter)));

        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/structures/{shelter}/distribution-report?from=2024-03-01&to=2024-03-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"/api/v1/structures/{shelter}/distribution-report?from=2024-03-01&to=2024-03-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/reports/activity?{period}&structureId={shelter}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"/api/v1/reports/activity?{period}&structureId={shelter}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.AdminApiAsync()).GetAsync($"/api/v1/reports/activity?{period}&structureId={shelter}")).StatusCode);

        var bySupervisor = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/activity?{period}&municipalityId={municipality}");
        var byAuditor = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/activity?{period}&municipalityId={municipality}");
        var inside = await shelterCoordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/activity?{period}&structureId={shelter}");
        Assert.Equal(12, bySupervisor.GetProperty("totals").GetProperty("visits").GetInt32());
        Assert.Equal(12, byAuditor.GetProperty("totals").GetProperty("visits").GetInt32());
        Assert.Equal(7, inside.GetProperty("totals").GetProperty("visits").GetInt32());

        var browser = await factory.BrowserAsync(supervisorEmail, TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Network?structureId={shelter}")).StatusCode);
        Assert.DoesNotContain("Καταφύγιου", await (await browser.GetAsync($"/Beneficiaries/Details/{resident}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Leak 4: an aggregate-only role never receives free text: typed visit reasons are withheld from every format.
    [Fact]
    public async Task ActivityReport_Auditor_GetsNoTypedReason_InAnyFormat_CoordinatorDoes()
    {
        const string reason = "Ιωάννα Κ., 6944123456, ενδοοικογενειακή βία";
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var person = await factory.BeneficiaryAsync(structure, "Ελεύθερου", "Κειμένου");
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            for (var i = 0; i < 6; i++)
            {
                var at = new DateTime(2024, 3, 5 + i, 9, 0, 0, DateTimeKind.Utc);
                db.Visits.Add(new Visit { StructureId = structure, BeneficiaryId = person, OccurredAt = at, Day = AthensClock.DayOf(at), Channel = VisitChannel.InPerson, Axis = Axis.A, Reason = reason, Outcome = VisitOutcome.Informed });
            }

            await db.SaveChangesAsync();
        }

        var period = $"from=2024-03-01&to=2024-03-31&structureId={structure}";
        var auditorEmail = await factory.UserAsync((AppRole.Auditor, structure));
        var auditor = await factory.ApiAsAsync(auditorEmail);
        var coordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, structure)));
        var browser = await factory.BrowserAsync(auditorEmail, TestData.Password);

        var texts = new Dictionary<string, string>
        {
            ["json"] = await auditor.GetStringAsync($"/api/v1/reports/activity?{period}"),
            ["csv"] = System.Text.Encoding.UTF8.GetString(await auditor.GetByteArrayAsync($"/api/v1/reports/activity/export?format=csv&{period}")),
            ["xlsx"] = XlsxText(await auditor.GetByteArrayAsync($"/api/v1/reports/activity/export?format=xlsx&{period}")),
            ["pdf"] = await PdfTextAsync(await auditor.GetByteArrayAsync($"/api/v1/reports/activity/export?format=pdf&{period}")),
            ["page"] = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/Reports/Activity?{period}")),
        };

        Assert.All(texts, t => Assert.DoesNotContain("6944123456", t.Value, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("ενδοοικογενειακή", t.Value, StringComparison.Ordinal));
        Assert.Contains("ελεύθερο κείμενο", texts["page"], StringComparison.Ordinal);
        Assert.Contains("6944123456", await coordinator.GetStringAsync($"/api/v1/reports/activity?{period}"), StringComparison.Ordinal);
    }

    private static string XlsxText(byte[] bytes)
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        return string.Join('\n', workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()));
    }

    /// <summary>The text of a PDF as poppler's pdftotext reads it (installed by test.sh).</summary>
    private static async Task<string> PdfTextAsync(byte[] bytes)
    {
        var file = Path.Combine(Path.GetTempPath(), $"leak4-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("ελεύθερο κείμενο", text, StringComparison.Ordinal);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    // Leak 7: no one changes their own roles; a grant to someone else is audited and shown to the DPO.
    [Fact]
    public async Task Roles_AdministratorCannotGrantThemselvesAWorkingRole_GrantToOthersShownToDpo()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var adminEmail = await factory.UserAsync((AppRole.Administrator, structure));
        var api = await factory.ApiAsAsync(adminEmail);
        var self = await IdOfAsync(adminEmail);

        var refused = await api.PutAsJsonAsync($"/api/v1/users/{self}/roles",
            new { roles = new[] { new { role = "Administrator", structureId = structure }, new { role = "Caseworker", structureId = structure } } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roles", out _));
        await using (var scope = factory.Scope())
        {
            Assert.False(await factory.Db(scope).RoleAssignments.AnyAsync(r => r.UserId == self && r.Role == AppRole.Caseworker));
        }

        var colleague = await factory.UserAsync((AppRole.FrontDesk, structure));
        var granted = await api.PutAsJsonAsync($"/api/v1/users/{await IdOfAsync(colleague)}/roles", new { roles = new[] { new { role = "Caseworker", structureId = structure } } });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);

        var dpo = await factory.ApiAsAsync(await factory.UserAsync((AppRole.DataProtectionOfficer, structure)));
        var log = await dpo.GetFromJsonAsync<JsonElement>("/api/v1/audit?entityType=RoleAssignment&action=insert");
        Assert.Contains(log.GetProperty("items").EnumerateArray(), i => i.GetProperty("userName").GetString() == adminEmail && i.GetRawText().Contains("Caseworker", StringComparison.Ordinal));
    }

    // Leak 8: a cookie session (another site's page can make the browser send it) needs the antiforgery token.
    [Fact]
    public async Task Api_CookieWithoutAntiforgeryToken_RefusedAndNothingChanged_WithTokenAccepted()
    {
        var structure = await factory.StructureAsync(await factory.MunicipalityAsync());
        var target = await factory.UserAsync((AppRole.FrontDesk, structure));
        var id = await IdOfAsync(target);
        var browser = await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);

        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{id}/disable");
        forged.Headers.Add("Origin", "https://evil.example");
        var refused = await browser.SendAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("application/problem+json", refused.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("requestVerificationToken", out _));
        await using (var scope = factory.Scope())
        {
            Assert.False(await factory.Db(scope).Users.Where(u => u.Id == id).Select(u => u.IsDisabled).SingleAsync());
        }

        var token = await browser.GetFromJsonAsync<JsonElement>("/api/v1/sync/token");
        using var own = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{id}/disable");
        own.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var accepted = await browser.SendAsync(own);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
