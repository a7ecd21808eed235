using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Reports;

/// <summary>
/// The ESF table's drill-down (every cell lists exactly the participants it counts), its XLSX and
/// PDF exports and the streamed micro-data export, with who may see what and the audit entries.
/// </summary>
public sealed class EsfDrillDownExportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Period = "from=2024-01-01&to=2024-12-31";

    private async Task<int> AddAsync(int structure, int person, DateOnly entry, Gender? gender, DateOnly? born, LabourStatus? status, int? isced, int? months = null,
        DateOnly? exit = null, ExitSituation? situation = null, YesNoRefused? disability = null, bool? rural = null, SituationAfterSixMonths? sixMonths = null)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var p = new OneStop.Data.Entities.Participation
        {
            StructureId = structure, BeneficiaryId = person, EntryDate = entry, Gender = gender, BirthDate = born, LabourStatus = status, Isced = isced,
            UnemployedMonths = months, ExitDate = exit, ExitSituation = situation, Disability = disability, Rural = rural, Situation6m = sixMonths, CreatedAt = DateTime.UtcNow,
        };
        db.Participations.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    }

    [Fact]
    public async Task EsfCells_DrillDownEqualsEveryCount_ExportsAndMicrodata_OnlyForThoseWhoSeePeople()
    {
        var municipality = await factory.MunicipalityAsync();
        var a = await factory.StructureAsync(municipality, "Κέντρο Κοινότητας Άλφα");
        var b = await factory.StructureAsync(municipality);

        var women = new[] { ("Παπαδοπούλου", "Ελένη"), ("Γεωργίου", "Μαρία"), ("Νικολάου", "Άννα") };
        var ids = new List<int>();
        foreach (var (surname, first) in women)
        {
            var id = await factory.BeneficiaryAsync(a, surname, first);
            ids.Add(id);
            await AddAsync(a, id, new(2024, 3, 1), Gender.Female, new(1999, 5, 1), LabourStatus.Unemployed, 3, months: 8, disability: YesNoRefused.Yes);
        }

        var man = await factory.BeneficiaryAsync(a, "Ιωάννου", "Γιώργος, \"ο μικρός\"");
        var manEntry = await AddAsync(a, man, new(2023, 6, 1), Gender.Male, new(1965, 1, 1), LabourStatus.Inactive, 1,
            exit: new(2024, 5, 1), situation: ExitSituation.Employed, sixMonths: SituationAfterSixMonths.Employed);
        var nb = await factory.BeneficiaryAsync(a, "Δημητρίου", "Άλεξ");
        await AddAsync(a, nb, new(2024, 7, 1), Gender.NonBinary, new(2008, 1, 1), LabourStatus.InactiveInEducation, 2, rural: true);
        var incomplete = await factory.BeneficiaryAsync(a, "Ελλιπής", "Χωρίς");
        await AddAsync(a, incomplete, new(2024, 8, 1), null, null, LabourStatus.Employed, null);
        await AddAsync(a, await factory.BeneficiaryAsync(a, "Εκτός", "Περιόδου"), new(2025, 2, 1), Gender.Female, new(1990, 1, 1), LabourStatus.Employed, 4);
        await AddAsync(b, await factory.BeneficiaryAsync(b, "Άλλης", "Δομής"), new(2024, 3, 1), Gender.Female, new(1990, 1, 1), LabourStatus.Employed, 4);

        var coordinatorEmail = await factory.UserAsync((AppRole.Coordinator, a));
        var coordinator = await factory.ApiAsAsync(coordinatorEmail);

        // Every cell: the drill-down lists exactly as many participants as the cell counts.
        foreach (var framework in new[] { "2021-2027", "2014-2020" })
        {
            var query = $"framework={framework}&{Period}&structureId={a}";
            var report = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/reports/esf?" + query);
            var cells = new List<(string Code, string? Gender, int Count)>
            {
                ("participants", null, report.GetProperty("participants").GetInt32()),
                ("incomplete", null, report.GetProperty("incomplete").GetInt32()),
            };
            foreach (var i in report.GetProperty("indicators").EnumerateArray())
            {
                var code = i.GetProperty("code").GetString()!;
                cells.Add((code, null, i.GetProperty("total").GetInt32()));
                if (framework == "2021-2027")
                {
                    // The gender columns of one framework (the split is the same filter in both).
                    cells.Add((code, "female", i.GetProperty("women").GetInt32()));
                    cells.Add((code, "male", i.GetProperty("men").GetInt32()));
                    cells.Add((code, "non_binary", i.GetProperty("nonBinary").GetInt32()));
                }
            }

            Assert.Contains(cells, c => c.Count > 1);
            foreach (var (code, gender, count) in cells)
            {
                var list = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/esf/participants?{query}&code={code}{(gender is null ? "" : "&gender=" + gender)}&pageSize=200");
                Assert.True(count == list.GetProperty("total").GetInt32(), $"{framework} {code} {gender}: {count} ≠ {list.GetProperty("total").GetInt32()}");
                Assert.Equal(count, list.GetProperty("items").GetArrayLength());
            }
        }

        // The list: names, dates, structure, links; paged by name.
        var q21 = $"framework=2021-2027&{Period}&structureId={a}";
        var page2 = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/esf/participants?{q21}&code=EECO12&gender=female&page=2&pageSize=2");
        Assert.Equal(3, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        var last = Assert.Single(page2.GetProperty("items").EnumerateArray());
        Assert.Equal("Παπαδοπούλου", last.GetProperty("lastName").GetString());
        Assert.Equal("female", last.GetProperty("gender").GetString());
        var left = Assert.Single((await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/reports/esf/participants?{q21}&code=EECR05")).GetProperty("items").EnumerateArray());
        Assert.Equal(man, left.GetProperty("beneficiaryId").GetInt32());
        Assert.Equal(manEntry, left.GetProperty("entryParticipationId").GetInt32());
        Assert.Equal("2024-05-01", left.GetProperty("exitDate").GetString());
        Assert.Equal("Κέντρο Κοινότητας Άλφα", left.GetProperty("structureName").GetString());

        // Bad cells are 400 by field.
        var bad = await coordinator.GetAsync($"/api/v1/reports/esf/participants?{q21}&code=CO01&gender=other");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("gender", out _));

        // The list views are audited with the people shown.
        await using (var scope = factory.Scope())
        {
            var audit = await factory.Db(scope).AuditEntries.Where(e => e.EntityType == "EsfParticipants" && e.StructureId == a && e.EntityId.Contains("EECO12 female p2")).SingleAsync();
            Assert.Equal(AuditAction.View, audit.Action);
            Assert.Equal(coordinatorEmail, audit.UserName);
            Assert.Contains($"[{ids[0]}]", audit.Changes, StringComparison.Ordinal);
        }

        // Who: the Supervisor sees people read-only; the Auditor and a Coordinator of another structure get 404.
        var supervisor = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Supervisor, a)));
        Assert.Equal(3, (await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/esf/participants?framework=2021-2027&{Period}&code=EECO12")).GetProperty("total").GetInt32());
        var auditorEmail = await factory.UserAsync((AppRole.Auditor, a));
        var auditor = await factory.ApiAsAsync(auditorEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"/api/v1/reports/esf/participants?{q21}&code=EECO12")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"/api/v1/reports/esf/microdata?format=csv&{q21}")).StatusCode);
        var otherCoordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, b)));
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/api/v1/reports/esf/participants?{q21}&code=EECO12")).StatusCode);

        // Pages: the Coordinator's cells link to the list, which names the people; the Auditor's are plain numbers and the list is 404.
        var browser = await factory.BrowserAsync(coordinatorEmail, TestData.Password);
        var html = await browser.GetStringAsync($"/Reports/Esf?{q21}");
        Assert.Contains($"href=\"/Reports/EsfParticipants?{q21.Replace("&", "&amp;", StringComparison.Ordinal)}&amp;code=EECO12&amp;gender=female\"", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/reports/esf/microdata?format=xlsx", html, StringComparison.Ordinal);
        var drill = await browser.GetStringAsync($"/Reports/EsfParticipants?{q21}&code=EECO12&gender=female");
        Assert.Contains("Παπαδοπούλου Ελένη", drill, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Beneficiaries/Details/{ids[0]}\"", drill, StringComparison.Ordinal);
        Assert.Contains("/Participants/Entry/", drill, StringComparison.Ordinal);
        var auditorBrowser = await factory.BrowserAsync(auditorEmail, TestData.Password);
        var plain = await auditorBrowser.GetStringAsync($"/Reports/Esf?{q21}");
        Assert.DoesNotContain("EsfParticipants", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("microdata", plain, StringComparison.Ordinal);
        Assert.Contains("format=pdf", plain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await auditorBrowser.GetAsync($"/Reports/EsfParticipants?{q21}&code=EECO12")).StatusCode);

        // Table exports: XLSX with numbers as numbers (and "<5" text for the Auditor), PDF.
        var xlsx = await coordinator.GetAsync($"/api/v1/reports/esf/export?format=xlsx&{q21}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var book = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync())))
        {
            var ws = book.Worksheets.First();
            Assert.Contains("2021-2027", ws.Cell(1, 1).GetString(), StringComparison.Ordinal);
            var row = ws.Column(1).CellsUsed().Single(c => c.GetString() == "EECO12").Address.RowNumber;
            Assert.Equal(XLDataType.Number, ws.Cell(row, 3).DataType);
            Assert.Equal(3, ws.Cell(row, 3).GetValue<int>());
            Assert.Equal("Συμμετέχοντες με αναπηρία", ws.Cell(row, 2).GetString());
        }

        using (var book = new XLWorkbook(new MemoryStream(await auditor.GetByteArrayAsync($"/api/v1/reports/esf/export?format=xlsx&{q21}"))))
        {
            var ws = book.Worksheets.First();
            var row = ws.Column(1).CellsUsed().Single(c => c.GetString() == "EECO12").Address.RowNumber;
            Assert.Equal("<5", ws.Cell(row, 3).GetString());
        }

        var pdf = await browser.GetByteArrayAsync($"/api/v1/reports/esf/export?format=pdf&{q21}");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync($"/api/v1/reports/esf/export?format=doc&{q21}")).StatusCode);

        // Micro-data: everyone who entered or left in the period (5 here: 3 women, the man who left, the non-binary, the incomplete = 6).
        var csvResponse = await coordinator.GetAsync($"/api/v1/reports/esf/microdata?format=csv&{q21}");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        var csvBytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csvBytes[..3]);
        var lines = Encoding.UTF8.GetString(csvBytes, 3, csvBytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("structure_id,structure_name,beneficiary_id,last_name,first_name,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",eeco01,", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("Παπαδοπούλου,Ελένη", StringComparison.Ordinal) && l.Contains("2024-03-01", StringComparison.Ordinal) && l.Contains(",female,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"Γιώργος, \"\"ο μικρός\"\"\"", StringComparison.Ordinal) && l.Contains(",employed,", StringComparison.Ordinal));

        var xlsxBytes = await coordinator.GetByteArrayAsync($"/api/v1/reports/esf/microdata?format=xlsx&{q21}");
        using (var book = new XLWorkbook(new MemoryStream(xlsxBytes)))
        {
            var ws = book.Worksheets.First();
            Assert.Equal(1 + 6, ws.RowsUsed().Count());
            var headers = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Equal(lines[0].Split(','), headers);
            var lastName = headers.IndexOf("last_name") + 1;
            var entry = headers.IndexOf("entry_date") + 1;
            var eeco12 = headers.IndexOf("eeco12") + 1;
            var eleni = ws.RowsUsed().Single(r => r.Cell(lastName).GetString() == "Παπαδοπούλου");
            Assert.Equal(new DateTime(2024, 3, 1), eleni.Cell(entry).GetDateTime());
            Assert.Equal(1, eleni.Cell(eeco12).GetValue<int>());
            Assert.Equal(3, ws.Column(eeco12).CellsUsed().Skip(1).Sum(c => c.GetValue<int>()));
            Assert.Contains(ws.RowsUsed(), r => r.Cell(lastName + 1).GetString() == "Γιώργος, \"ο μικρός\"");
        }

        await using (var scope = factory.Scope())
        {
            var exports = await factory.Db(scope).AuditEntries.Where(e => e.EntityType == "EsfMicrodata" && e.StructureId == a).ToListAsync();
            Assert.Equal(2, exports.Count);
            Assert.All(exports, e => Assert.Contains("\"rows\":{\"old\":null,\"new\":6}", e.Changes, StringComparison.Ordinal));
        }
    }
}
