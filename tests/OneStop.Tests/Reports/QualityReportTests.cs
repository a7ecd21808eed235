using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Reports;

/// <summary>
/// The data-quality report on hand-made data (ADR 078): every section, the scopes (another structure's
/// problems, protected structures, Supervisor, Auditor, FrontDesk), the audit of the views, the page and its exports.
/// </summary>
public sealed class QualityReportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens")));

    /// <summary>An ΑΜΚΑ with this birth date that passes the Luhn check (or fails it, when asked).</summary>
    private static string Amka(DateOnly born, string serial, bool valid = true)
    {
        var body = born.ToString("ddMMyy", CultureInfo.InvariantCulture) + serial;
        for (var check = 0; check < 10; check++)
        {
            var candidate = body + check.ToString(CultureInfo.InvariantCulture);
            if (Luhn(candidate) == valid)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException();
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private sealed record World(int A, int B, int Shelter, Dictionary<string, int> People, Dictionary<string, int> Participations);

    private World? world;

    private async Task<World> ArrangeAsync()
    {
        if (world is not null)
        {
            return world;
        }

        var municipality = await factory.MunicipalityAsync();
        var a = await factory.StructureAsync(municipality);
        var b = await factory.StructureAsync(municipality);
        var shelter = await factory.StructureAsync(municipality, isProtected: true);
        var today = Today;
        var born = new DateOnly(1990, 2, 1);
        var people = new Dictionary<string, int>
        {
            ["incomplete"] = await factory.BeneficiaryAsync(a, "Ατελής", "Άννα", birthDate: born),
            ["badAmka"] = await factory.BeneficiaryAsync(a, "Λάθος", "Αμκάς", amka: Amka(born, "1234", valid: false), birthDate: born),
            ["badAfm"] = await factory.BeneficiaryAsync(a, "Λάθος", "Αφμής", afm: "123456789"),
            ["goodIds"] = await factory.BeneficiaryAsync(a, "Σωστός", "Όλος", amka: Amka(born, "5555"), afm: "090000045", birthDate: born),
            ["amkaDate"] = await factory.BeneficiaryAsync(a, "Άλλη", "Ημερομηνία", amka: Amka(new DateOnly(1991, 3, 4), "1111"), birthDate: born),
            ["doc1"] = await factory.BeneficiaryAsync(a, "Έγγραφο", "Πρώτο"),
            ["doc2"] = await factory.BeneficiaryAsync(a, "Έγγραφο", "Δεύτερο"),
            ["sharedAmka"] = await factory.BeneficiaryAsync(a, "Κοινός", "Ανοιχτός", amka: Amka(born, "7777"), birthDate: born),
            ["sharedAmkaShelter"] = await factory.BeneficiaryAsync(shelter, "Κοινός", "Προστατευμένος", amka: Amka(born, "7777"), birthDate: born),
            ["expiring"] = await factory.BeneficiaryAsync(a, "Λήγει", "Σύντομα"),
            ["expiredActive"] = await factory.BeneficiaryAsync(a, "Έληξε", "Ενεργός"),
            ["expiredIdle"] = await factory.BeneficiaryAsync(a, "Έληξε", "Ανενεργός"),
            ["followUp"] = await factory.BeneficiaryAsync(a, "Εξάμηνο", "Καθυστερεί"),
            ["followUpLater"] = await factory.BeneficiaryAsync(a, "Εξάμηνο", "Αργότερα"),
            ["twin1"] = await factory.BeneficiaryAsync(a, "Παπαδόπουλος", "Γιώργος", birthDate: new DateOnly(1970, 5, 5)),
            ["twin2"] = await factory.BeneficiaryAsync(a, "Papadopoulos", "Giorgos", birthDate: new DateOnly(1970, 5, 5)),
            ["otherStructure"] = await factory.BeneficiaryAsync(b, "Άλλη", "Δομή"),
            ["shelterPerson"] = await factory.BeneficiaryAsync(shelter, "Καταφύγιο", "Κρυφή"),
            ["merged"] = await factory.BeneficiaryAsync(a, "Συγχωνευμένος", "Παλιός", afm: "111111111"),
        };

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var now = DateTime.UtcNow;
        OneStop.Data.Entities.Participation Part(int structure, string who, Gender? gender = Gender.Female, int? isced = 3, DateOnly? exit = null, ExitSituation? situation = null, DateOnly? followUpDue = null) => new()
        {
            StructureId = structure, BeneficiaryId = people[who], EntryDate = today.AddYears(-1), Gender = gender, BirthDate = born,
            LabourStatus = LabourStatus.Unemployed, Isced = isced, ExitDate = exit, ExitSituation = situation, FollowUpDue = followUpDue, CreatedAt = now,
        };
        var participations = new Dictionary<string, OneStop.Data.Entities.Participation>
        {
            ["incomplete"] = Part(a, "incomplete", gender: null, isced: null, exit: today.AddDays(-3)),
            ["complete"] = Part(a, "goodIds", exit: today.AddDays(-3), situation: ExitSituation.Employed),
            ["followUp"] = Part(a, "followUp", exit: today.AddMonths(-7), situation: ExitSituation.Employed, followUpDue: today.AddMonths(-1)),
            ["followUpLater"] = Part(a, "followUpLater", exit: today.AddMonths(-5), situation: ExitSituation.Employed, followUpDue: today.AddMonths(1)),
            ["otherStructure"] = Part(b, "otherStructure", gender: null),
            ["shelter"] = Part(shelter, "shelterPerson", gender: null),
        };
        db.Participations.AddRange(participations.Values);

        Consent Given(string who, DateOnly date, DateOnly? expires) => new()
        {
            BeneficiaryId = people[who], StructureId = a, Purpose = ConsentPurpose.SensitiveData, Given = true, Date = date, Expires = expires,
        };
        db.Consents.AddRange(
            Given("expiring", today.AddYears(-2), today.AddDays(-100)),
            Given("expiring", today.AddYears(-1), today.AddDays(10)),
            Given("expiredActive", today.AddYears(-1), today.AddDays(-5)),
            Given("expiredIdle", today.AddYears(-1), today.AddDays(-5)));
        db.Cases.Add(new Case { StructureId = a, BeneficiaryId = people["expiredActive"], OpenedOn = today.AddMonths(-2) });

        var docs = await db.Beneficiaries.Where(x => x.Id == people["doc1"] || x.Id == people["doc2"]).ToListAsync();
        foreach (var d in docs)
        {
            d.IdDocumentType = IdDocumentType.Passport;
            d.IdDocumentNumber = "AB123456";
        }

        var merged = await db.Beneficiaries.SingleAsync(x => x.Id == people["merged"]);
        merged.MergedIntoId = people["goodIds"];
        await db.SaveChangesAsync();
        return world = new World(a, b, shelter, people, participations.ToDictionary(p => p.Key, p => p.Value.Id));
    }

    private static Dictionary<string, JsonElement> Sections(JsonElement summary) =>
        summary.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("section").GetString()!);

    private static List<int> People(JsonElement section) =>
        [.. section.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("beneficiaryId").GetInt32()).Order()];

    [Fact]
    public async Task Api_EverySection_ScopesAuditorAndAudit()
    {
        var w = await ArrangeAsync();
        var p = w.People;
        var coordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, w.A)));
        var summary = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/quality?structureId={w.A}");
        var s = Sections(summary);
        Assert.Equal(11, s.Count);
        Assert.Equal(30, summary.GetProperty("consentDays").GetInt32());

        var entry = s["incomplete_entry"];
        Assert.Equal(1, entry.GetProperty("total").GetInt32());
        var item = entry.GetProperty("items")[0];
        Assert.Equal(p["incomplete"], item.GetProperty("beneficiaryId").GetInt32());
        Assert.Equal(["gender", "isced"], item.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Equal($"/Participants/Entry/{w.Participations["incomplete"]}", item.GetProperty("fixUrl").GetString());
        Assert.Equal([p["incomplete"]], People(s["incomplete_exit"]));
        Assert.Equal("exit_situation", s["incomplete_exit"].GetProperty("items")[0].GetProperty("missing")[0].GetString());

        Assert.Equal([p["badAmka"]], People(s["invalid_amka"]));
        Assert.Equal([p["badAfm"]], People(s["invalid_afm"]));
        Assert.Equal([p["amkaDate"]], People(s["amka_birth_date"]));
        Assert.Equal($"/Beneficiaries/Edit/{p["badAfm"]}", s["invalid_afm"].GetProperty("items")[0].GetProperty("fixUrl").GetString());
        Assert.Equal(0, s["duplicate_amka"].GetProperty("total").GetInt32());
        Assert.Equal(0, s["duplicate_afm"].GetProperty("total").GetInt32());
        Assert.Equal([p["doc1"], p["doc2"]], People(s["duplicate_document"]));

        Assert.Equal([p["expiring"]], People(s["consents_expiring"]));
        Assert.Equal("sensitive_data", s["consents_expiring"].GetProperty("items")[0].GetProperty("value").GetString());
        Assert.Equal([p["expiredActive"]], People(s["consents_expired"]));
        Assert.Equal([p["followUp"]], People(s["follow_ups_overdue"]));
        Assert.Equal($"/Participants/Exit/{w.Participations["followUp"]}", s["follow_ups_overdue"].GetProperty("items")[0].GetProperty("fixUrl").GetString());
        Assert.Equal(1, summary.GetProperty("likelyDuplicates").GetInt32());

        // The consent window is a parameter; a section is paged.
        var narrow = Sections(await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/quality?structureId={w.A}&consentDays=5"));
        Assert.Equal(0, narrow["consents_expiring"].GetProperty("total").GetInt32());
        var paged = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/quality/duplicate_document?structureId={w.A}&page=2&pageSize=1");
        Assert.Equal(2, paged.GetProperty("total").GetInt32());
        Assert.Equal([p["doc2"]], People(paged));

        // Scope: another structure, the shelter, an unknown section: 404.
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/reports/quality?structureId={w.B}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/reports/quality/incomplete_entry?structureId={w.Shelter}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/reports/quality/nonsense?structureId={w.A}")).StatusCode);

        // The Supervisor reads the municipality's open structures, not the shelter; no likely-duplicates count (the Coordinator's).
        var supervisor = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Supervisor, w.A)));
        var all = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/reports/quality");
        Assert.Equal([p["incomplete"], p["otherStructure"]], People(Sections(all)["incomplete_entry"]));
        Assert.Equal(JsonValueKind.Null, all.GetProperty("likelyDuplicates").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/reports/quality?structureId={w.Shelter}")).StatusCode);

        // A caseworker of the structure and of the shelter sees both, and the ΑΜΚΑ the two hold.
        var both = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Caseworker, w.A), (AppRole.Caseworker, w.Shelter)));
        var bothSections = Sections(await both.GetFromJsonAsync<JsonElement>("/api/v1/reports/quality"));
        Assert.Equal([p["sharedAmka"], p["sharedAmkaShelter"]], People(bothSections["duplicate_amka"]));
        Assert.Equal([p["incomplete"], p["shelterPerson"]], People(bothSections["incomplete_entry"]));

        // Auditors and the front desk get nothing: the report names people.
        foreach (var role in new[] { AppRole.Auditor, AppRole.FrontDesk })
        {
            var other = await factory.ApiAsAsync(await factory.UserAsync((role, w.A)));
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/reports/quality?structureId={w.A}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/v1/reports/quality/invalid_afm")).StatusCode);
        }

        var paths = (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/reports/quality", out _));
        Assert.True(paths.TryGetProperty("/api/v1/reports/quality/{section}", out _));

        await using var scope = factory.Scope();
        Assert.True(await factory.Db(scope).AuditEntries.CountAsync(e => e.EntityType == "QualityReport" && e.StructureId == w.A) >= 3);
    }

    [Fact]
    public async Task Page_ListsWithFixLinks_AndExportsXlsxAndCsv()
    {
        var w = await ArrangeAsync();
        var coordinator = await factory.BrowserAsync(await factory.UserAsync((AppRole.Coordinator, w.A)), TestData.Password);
        var html = await coordinator.GetStringAsync($"/Reports/Quality?structureId={w.A}");
        Assert.Contains("Ατελής Άννα", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Participants/Entry/{w.Participations["incomplete"]}\"", html, StringComparison.Ordinal);
        Assert.Contains("φύλο, εκπαίδευση", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Beneficiaries/Duplicates\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Άλλη Δομή", html, StringComparison.Ordinal);

        var list = await coordinator.GetStringAsync($"/Reports/Quality?structureId={w.A}&section=consents_expired");
        Assert.Contains("Έληξε Ενεργός", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Έληξε Ανενεργός", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Reports/Quality?structureId={w.B}")).StatusCode);

        var xlsx = await coordinator.GetAsync($"/Reports/Quality?structureId={w.A}&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(12, workbook.Worksheets.Count);
            var documents = workbook.Worksheets.Single(x => x.Name.Contains("έγγραφο", StringComparison.OrdinalIgnoreCase));
            Assert.Equal("Έγγραφο", documents.Cell(2, 2).GetString());
            Assert.Equal(2, documents.LastRowUsed()!.RowNumber() - 1);
        }

        var csv = await coordinator.GetAsync($"/Reports/Quality?structureId={w.A}&section=invalid_afm&handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("Λάθος,Αφμής", lines[1], StringComparison.Ordinal);

        var auditor = await factory.BrowserAsync(await factory.UserAsync((AppRole.Auditor, w.A)), TestData.Password);
        Assert.DoesNotContain("Ατελής", await auditor.GetStringAsync("/Reports/Quality"), StringComparison.Ordinal);
    }
}
