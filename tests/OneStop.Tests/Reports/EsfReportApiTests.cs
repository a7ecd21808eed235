using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Reports;

/// <summary>GET /api/v1/reports/esf on a real database: one participant per person and structure, periods, scopes, errors.</summary>
public sealed class EsfReportApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly DateOnly From = new(2024, 1, 1), To = new(2024, 12, 31);

    private sealed record Counts(int Total, int Women, int Men, int NonBinary);

    private static Dictionary<string, Counts> Indicators(JsonElement report) => report.GetProperty("indicators").EnumerateArray().ToDictionary(
        i => i.GetProperty("code").GetString()!,
        i => new Counts(i.GetProperty("total").GetInt32(), i.GetProperty("women").GetInt32(), i.GetProperty("men").GetInt32(), i.GetProperty("nonBinary").GetInt32()));

    private async Task AddAsync(int structure, int person, DateOnly entry, Gender? gender, DateOnly? born, LabourStatus? status, int? isced, int? months = null,
        DateOnly? exit = null, ExitSituation? situation = null, YesNoRefused? disability = null, bool? rural = null)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        db.Participations.Add(new()
        {
            StructureId = structure, BeneficiaryId = person, EntryDate = entry, Gender = gender, BirthDate = born, LabourStatus = status, Isced = isced,
            UnemployedMonths = months, ExitDate = exit, ExitSituation = situation, Disability = disability, Rural = rural, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task EsfReport_BothFrameworks_OnePersonOneParticipantPeriodsScopesAndErrors()
    {
        var municipality = await factory.MunicipalityAsync();
        var a = await factory.StructureAsync(municipality);
        var b = await factory.StructureAsync(municipality);
        var shelter = await factory.StructureAsync(municipality, isProtected: true);
        var other = await factory.StructureAsync(await factory.MunicipalityAsync());

        // 1: a woman of 24 on entry, unemployed 7 months: long-term under 25.
        await AddAsync(a, await factory.BeneficiaryAsync(a, "Α", "Ένα"), new(2024, 3, 10), Gender.Female, new(1999, 3, 11), LabourStatus.Unemployed, 3, months: 7);

        // 2: a man of exactly 25, unemployed 12 months: not long-term; ISCED 0.
        await AddAsync(a, await factory.BeneficiaryAsync(a, "Β", "Δύο"), new(2024, 3, 10), Gender.Male, new(1999, 3, 10), LabourStatus.Unemployed, 0, months: 12);

        // 3: re-entry: first entry before the period (so no output), exited, and entered again, still open (so no result).
        var p3 = await factory.BeneficiaryAsync(a, "Γ", "Τρία");
        await AddAsync(a, p3, new(2023, 11, 1), Gender.Female, new(1980, 1, 1), LabourStatus.Employed, 5, exit: new(2024, 2, 1), situation: ExitSituation.Employed);
        await AddAsync(a, p3, new(2024, 3, 1), Gender.Female, new(1980, 1, 1), LabourStatus.Unemployed, 5);

        // 4: two participations in the period: the earliest entry (inactive, 55) counts once; the latest exit (job searching) once all are closed.
        var p4 = await factory.BeneficiaryAsync(a, "Δ", "Τέσσερα");
        await AddAsync(a, p4, new(2024, 2, 1), Gender.Male, new(1969, 2, 1), LabourStatus.Inactive, 2, exit: new(2024, 4, 1), situation: ExitSituation.Employed);
        await AddAsync(a, p4, new(2024, 5, 1), Gender.Male, new(1969, 2, 1), LabourStatus.Employed, 2, exit: new(2024, 10, 1), situation: ExitSituation.JobSearching);

        // 5: incomplete (no gender, no ISCED): only EECO01's total and `incomplete`.
        await AddAsync(a, await factory.BeneficiaryAsync(a, "Ε", "Πέντε"), new(2024, 6, 1), null, new(1990, 1, 1), LabourStatus.Unemployed, null,
            exit: new(2024, 7, 1), situation: ExitSituation.Employed);

        // 6: non-binary, 17, employed, ISCED 6, disability refused, rural.
        await AddAsync(a, await factory.BeneficiaryAsync(a, "Ζ", "Έξι"), new(2024, 12, 31), Gender.NonBinary, new(2007, 6, 1), LabourStatus.Employed, 6,
            disability: YesNoRefused.Refused, rural: true);

        // Outside the period, in the other structure, in the shelter, in another municipality.
        await AddAsync(a, await factory.BeneficiaryAsync(a, "Η", "Επτά"), new(2025, 1, 1), Gender.Female, new(1990, 1, 1), LabourStatus.Unemployed, 3);
        await AddAsync(b, await factory.BeneficiaryAsync(b, "Θ", "Οκτώ"), new(2024, 5, 5), Gender.Female, new(1990, 1, 1), LabourStatus.Unemployed, 3);
        await AddAsync(shelter, await factory.BeneficiaryAsync(shelter, "Ι", "Εννέα"), new(2024, 5, 5), Gender.Female, new(1990, 1, 1), LabourStatus.Unemployed, 3);
        await AddAsync(other, await factory.BeneficiaryAsync(other, "Κ", "Δέκα"), new(2024, 5, 5), Gender.Female, new(1990, 1, 1), LabourStatus.Unemployed, 3);

        var coordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, a)));
        var url = $"/api/v1/reports/esf?from=2024-01-01&to=2024-12-31&structureId={a}&framework=";

        var old = await coordinator.GetFromJsonAsync<JsonElement>(url + "2014-2020");
        Assert.Equal("2014-2020", old.GetProperty("framework").GetString());
        Assert.Equal("2024-01-01", old.GetProperty("from").GetString());
        Assert.Equal(5, old.GetProperty("participants").GetInt32());
        Assert.Equal(1, old.GetProperty("incomplete").GetInt32());
        var co = Indicators(old);
        Assert.Equal(26, co.Count);
        Assert.Equal(new(2, 1, 1, 0), co["CO01"]);
        Assert.Equal(new(1, 1, 0, 0), co["CO02"]);
        Assert.Equal(new(1, 0, 1, 0), co["CO03"]);
        Assert.Equal(new(1, 0, 1, 0), co["CO04"]);
        Assert.Equal(new(1, 0, 0, 1), co["CO05"]);
        Assert.Equal(new(2, 1, 0, 1), co["CO06"]);
        Assert.Equal(new(1, 0, 1, 0), co["CO08"]);
        Assert.Equal(new(1, 0, 1, 0), co["CO09"]);
        Assert.Equal(new(1, 1, 0, 0), co["CO10"]);
        Assert.Equal(new(1, 0, 0, 1), co["CO11"]);
        Assert.Equal(new(0, 0, 0, 0), co["CO16"]);
        Assert.Equal(new(1, 0, 0, 1), co["CO19"]);
        Assert.Equal(new(4, 1, 2, 1), co["TOTAL"]);
        Assert.Equal(new(1, 0, 1, 0), co["CR01"]);
        Assert.Equal(new(0, 0, 0, 0), co["CR04"]);

        var plus = await coordinator.GetFromJsonAsync<JsonElement>(url + "2021-2027");
        var ee = Indicators(plus);
        Assert.Equal(23, ee.Count);
        Assert.Equal(new(5, 1, 2, 1), ee["EECO01"]);
        Assert.Equal(new(2, 1, 1, 0), ee["EECO02"]);
        Assert.Equal(new(1, 1, 0, 0), ee["EECO03"]);
        Assert.Equal(new(1, 0, 0, 1), ee["EECO06"]);
        Assert.Equal(new(2, 1, 1, 0), ee["EECO07"]);
        Assert.Equal(new(1, 0, 1, 0), ee["EECO08"]);
        Assert.Equal(new(2, 0, 2, 0), ee["EECO09"]);
        Assert.Equal(new(1, 0, 1, 0), ee["EECR01"]);
        Assert.Equal(new(0, 0, 0, 0), ee["EECR04"]);
        Assert.Equal("Συνολικός αριθμός συμμετεχόντων", plus.GetProperty("indicators")[0].GetProperty("name").GetString());

        // A narrower period: only participant 2's and 1's entry (March) and nothing that left.
        var march = Indicators(await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/esf?framework=2021-2027&from=2024-03-01&to=2024-03-31"));
        Assert.Equal(2, march["EECO01"].Total);
        Assert.Equal(0, march["EECR01"].Total);

        // Scopes: the Supervisor counts the municipality's non-protected structures; an Auditor of the structure the same as its Coordinator.
        var supervisor = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Supervisor, a)));
        var all = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/reports/esf?framework=2021-2027&from=2024-01-01&to=2024-12-31");
        Assert.Equal(6, all.GetProperty("participants").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/reports/esf?framework=2021-2027&from=2024-01-01&to=2024-12-31&structureId={shelter}")).StatusCode);
        var auditor = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Auditor, a)));
        // The Auditor sees aggregates only: counts from 1 to 4 are suppressed (null, "<5" on the page).
        var audited = await auditor.GetFromJsonAsync<JsonElement>(url + "2021-2027");
        Assert.Equal(JsonValueKind.Null, plus.GetProperty("suppressedBelow").ValueKind);
        Assert.Equal(5, audited.GetProperty("suppressedBelow").GetInt32());
        Assert.Equal(plus.GetProperty("participants").GetInt32(), audited.GetProperty("participants").GetInt32());
        Assert.Equal(JsonValueKind.Null, audited.GetProperty("incomplete").ValueKind);
        foreach (var (mine, theirs) in plus.GetProperty("indicators").EnumerateArray().Zip(audited.GetProperty("indicators").EnumerateArray()))
        {
            var n = mine.GetProperty("total").GetInt32();
            Assert.Equal(n is > 0 and < 5 ? "null" : n.ToString(System.Globalization.CultureInfo.InvariantCulture), theirs.GetProperty("total").GetRawText());
        }

        // Nothing hidden can be worked out from the Auditor's table (ADR 087): each total is its genders plus those of no recorded gender.
        using (var book = new XLWorkbook(new MemoryStream(await auditor.GetByteArrayAsync($"/api/v1/reports/esf/export?format=xlsx&framework=2021-2027&from=2024-01-01&to=2024-12-31&structureId={a}"))))
        {
            var ws = book.Worksheets.First();
            var (truth, shown, groups) = (new Dictionary<string, int>(), new Dictionary<string, string>(), new List<OneStop.Web.Features.Reports.CellGroup>());
            foreach (var (code, n) in ee)
            {
                var row = ws.Column(1).CellsUsed().Single(c => c.GetString() == code).Address.RowNumber;
                string[] keys = [code + ":total", code + ":women", code + ":men", code + ":non_binary"];
                int[] values = [n.Total, n.Women, n.Men, n.NonBinary];
                for (var k = 0; k < keys.Length; k++)
                {
                    var cell = ws.Cell(row, 3 + k);
                    truth[keys[k]] = values[k];
                    shown[keys[k]] = cell.DataType == XLDataType.Number ? cell.GetValue<int>().ToString(System.Globalization.CultureInfo.CurrentCulture) : cell.GetString();
                }

                groups.Add(new(keys[0], keys[1..], n.Total - n.Women - n.Men - n.NonBinary));
            }

            Assert.Null(Derivation.Leak(truth, shown, groups, 5));
        }

        var auditorPage = await (await factory.BrowserAsync(await factory.UserAsync((AppRole.Auditor, a)), TestData.Password)).GetStringAsync("/Reports/Esf?framework=2021-2027&from=2024-01-01&to=2024-12-31");
        Assert.Contains("&lt;5", auditorPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/reports/esf?framework=2021-2027&from=2024-01-01&to=2024-12-31&structureId={b}")).StatusCode);
        var caseworker = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Caseworker, a)));
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync(url + "2021-2027")).StatusCode);

        // Bad parameters: 400 naming each field.
        var bad = await coordinator.GetAsync("/api/v1/reports/esf?framework=2020&from=2024-13-01&to=2024-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("framework", out _));
        Assert.True(errors.TryGetProperty("from", out _));
        var backwards = await (await coordinator.GetAsync("/api/v1/reports/esf?framework=2014-2020&from=2024-02-01&to=2024-01-01")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(backwards.GetProperty("errors").TryGetProperty("to", out _));

        // The page shows the same numbers in Greek, and the errors under the fields.
        var email = await factory.UserAsync((AppRole.Coordinator, a));
        var browser = await factory.BrowserAsync(email, TestData.Password);
        var html = await browser.GetStringAsync($"/Reports/Esf?framework=2014-2020&from=2024-01-01&to=2024-12-31&structureId={a}");
        Assert.Matches(@">5</a>\s+συμμετέχοντες εισήλθαν στην περίοδο·\s+<a [^>]+>1</a>\s+από αυτούς με ελλιπή στοιχεία\.", html);
        Assert.Contains("<th scope=\"row\">CR09</th>", html, StringComparison.Ordinal);
        Assert.Contains("Μακροχρόνια άνεργοι", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Σύνολο</th>", html, StringComparison.Ordinal);
        html = await browser.GetStringAsync("/Reports/Esf?framework=2021-2027&from=2024-12-31&to=2024-01-01");
        Assert.Contains("id=\"to-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Reports/Esf\"", html, StringComparison.Ordinal);
    }
}
