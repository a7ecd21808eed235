using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Exports;

/// <summary>
/// Leak 6: text typed into a person or a visit that a spreadsheet would run as a formula reaches
/// every CSV and XLSX export with a leading apostrophe (ADR 088), never as a formula.
/// </summary>
public sealed class FormulaInjectionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")", Command = "+cmd|' /C calc'!A0", Sum = "@SUM(1)", Minus = "-2+3";

    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Exports_TextStartingWithFormulaCharacter_WrittenWithLeadingApostrophe()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var person = await factory.BeneficiaryAsync(structure, Hyperlink, Command, afm: "123456789", latinLastName: Minus);
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            await db.Beneficiaries.Where(b => b.Id == person).ExecuteUpdateAsync(s => s.SetProperty(b => b.FatherName, Sum));
            db.Participations.Add(new OneStop.Data.Entities.Participation
            {
                StructureId = structure, BeneficiaryId = person, EntryDate = new(2024, 3, 1), Gender = Gender.Female, BirthDate = new(1990, 1, 1),
                LabourStatus = LabourStatus.Unemployed, Isced = 3, CreatedAt = DateTime.UtcNow,
            });
            foreach (var (reason, at) in new[] { (Hyperlink, Utc(2024, 3, 5, 8, 0)), (Minus, Utc(2024, 3, 5, 9, 0)) })
            {
                db.Visits.Add(new Visit
                {
                    StructureId = structure, BeneficiaryId = person, OccurredAt = at, Day = AthensClock.DayOf(at), Channel = VisitChannel.InPerson, Axis = Axis.A, Reason = reason,
                });
            }

            await db.SaveChangesAsync();
        }

        var email = await factory.UserAsync((AppRole.Coordinator, structure));
        var api = await factory.ApiAsAsync(email);
        var browser = await factory.BrowserAsync(email, TestData.Password);
        const string period = "from=2024-03-01&to=2024-03-31";

        // ESF micro-data: everyone's ΑΜΚΑ/ΑΦΜ next to the names as typed.
        var microCsv = await CsvAsync(api, $"/api/v1/reports/esf/microdata?format=csv&framework=2021-2027&{period}&structureId={structure}");
        var header = microCsv[0];
        var row = Assert.Single(microCsv.Skip(1));
        Assert.Equal("'" + Hyperlink, row[header.IndexOf("last_name")]);
        Assert.Equal("'" + Command, row[header.IndexOf("first_name")]);
        Assert.Equal("'" + Sum, row[header.IndexOf("father_name")]);
        Assert.Equal("'" + Minus, row[header.IndexOf("latin_last_name")]);
        using (var book = await XlsxAsync(api, $"/api/v1/reports/esf/microdata?format=xlsx&framework=2021-2027&{period}&structureId={structure}"))
        {
            var ws = book.Worksheets.First();
            var names = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Equal("'" + Hyperlink, ws.Cell(2, names.IndexOf("last_name") + 1).GetString());
            Assert.Equal("'" + Minus, ws.Cell(2, names.IndexOf("latin_last_name") + 1).GetString());
            AssertNeutral(book, Hyperlink, Command, Sum, Minus);
        }

        // Data quality (the invalid ΑΦΜ lists the person), activity (the reasons table) and the daily card.
        var qualityCsv = await CsvAsync(browser, $"/Reports/Quality?structureId={structure}&section=invalid_afm&handler=Csv");
        Assert.Contains(qualityCsv, r => r.Contains("'" + Hyperlink) && r.Contains("'" + Command));
        using (var book = await XlsxAsync(browser, $"/Reports/Quality?structureId={structure}&handler=Xlsx"))
        {
            AssertNeutral(book, Hyperlink, Command);
        }

        var activityCsv = await CsvAsync(api, $"/api/v1/reports/activity/export?format=csv&{period}");
        Assert.Contains(activityCsv, r => r[0] == "reasons" && r[1] == "'" + Hyperlink);
        Assert.Contains(activityCsv, r => r[0] == "reasons" && r[1] == "'" + Minus);
        using (var book = await XlsxAsync(api, $"/api/v1/reports/activity/export?format=xlsx&{period}"))
        {
            AssertNeutral(book, Hyperlink, Minus);
        }

        using (var book = await XlsxAsync(api, $"/api/v1/structures/{structure}/visits/daily-card.xlsx?date=2024-03-05"))
        {
            AssertNeutral(book, Hyperlink, Minus);
        }
    }

    /// <summary>Every text cell of the workbook is free of formulas and of a leading formula character; each expected text is there with its apostrophe.</summary>
    private static void AssertNeutral(XLWorkbook book, params string[] expected)
    {
        var texts = new List<string>();
        foreach (var cell in book.Worksheets.SelectMany(ws => ws.CellsUsed()))
        {
            Assert.False(cell.HasFormula, cell.Address.ToString());
            var text = cell.GetString();
            Assert.False(text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r', text);
            texts.Add(text);
        }

        foreach (var value in expected)
        {
            Assert.Contains("'" + value, texts);
        }
    }

    private static async Task<XLWorkbook> XlsxAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>The file read back per RFC 4180; no field of it starts with a formula character.</summary>
    private static async Task<List<List<string>>> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(row);
        Assert.Equal(0, field.Length);
        Assert.All(rows.SelectMany(r => r), f => Assert.False(f.Length > 0 && f[0] is '=' or '+' or '-' or '@' or '\t' or '\r', f));
        return rows;
    }
}
