using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Participants;

public sealed class ParticipantImportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private sealed record Arranged(HttpClient Api, int Municipality, int Structure);

    private async Task<Arranged> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        return new Arranged(await factory.ApiAsAsync(await factory.UserAsync((AppRole.Caseworker, structure))), municipality, structure);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(HttpClient api, int structure, byte[] content, string fileName, bool preview = false)
    {
        var response = await api.PostAsync($"/api/v1/structures/{structure}/participants/import{(preview ? "?preview=true" : "")}", EsfData.Upload(content, fileName));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<(int People, int Participations, int Audit)> CountsAsync(int structure)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        return (await db.BeneficiaryLinks.CountAsync(l => l.StructureId == structure),
            await db.Participations.CountAsync(p => p.StructureId == structure),
            await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Import_ExampleFileTwice_CreatesPeopleAndParticipationsThenChangesNothing()
    {
        var a = await ArrangeAsync();
        // One person of the example is already in the municipality's registry through another structure.
        var sibling = await factory.StructureAsync(a.Municipality);
        var known = await factory.BeneficiaryAsync(sibling, "Αχμέτ", "Νίκος", amka: "15028290078");

        var preview = await ImportAsync(a.Api, a.Structure, EsfData.Example(), "participants.csv", preview: true);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal(12, preview.Body.GetProperty("created").GetInt32());
        Assert.Equal((0, 0), ((await CountsAsync(a.Structure)).People, (await CountsAsync(a.Structure)).Participations));

        var first = await ImportAsync(a.Api, a.Structure, EsfData.Example(), "participants.csv");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(12, first.Body.GetProperty("created").GetInt32());
        Assert.Equal(0, first.Body.GetProperty("updated").GetInt32());
        Assert.Equal(12, first.Body.GetProperty("rows").GetInt32());
        var after = await CountsAsync(a.Structure);
        Assert.Equal((10, 12), (after.People, after.Participations));

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            // The known person was linked, not registered again; the rows of one ΑΜΚΑ are one person.
            Assert.Equal(2, await db.Participations.CountAsync(p => p.StructureId == a.Structure && p.BeneficiaryId == known));
            Assert.Equal(1, await db.Beneficiaries.CountAsync(b => b.Amka == "28100745638"));
            var refused = await db.Participations.SingleAsync(p => p.StructureId == a.Structure && p.ExternalId == "P42-00010");
            Assert.Equal(YesNoRefused.Refused, refused.ForeignBackground);
            Assert.Equal(new DateOnly(2025, 2, 2), refused.FollowUpDue);
            Assert.Null(refused.LabourStatus);
            // Rows written in bulk are audited like any other insert, and the new people are found by name.
            Assert.Equal(12, await db.AuditEntries.CountAsync(e => e.EntityType == "Participation" && e.StructureId == a.Structure && e.Action == AuditAction.Insert));
            Assert.True(await db.BeneficiaryNameKeys.AnyAsync(k => k.Key == OneStop.Web.Domain.NameKey.WordKeys("Σερίφ").First()));
        }

        var second = await ImportAsync(a.Api, a.Structure, EsfData.Example(), "participants.csv");
        Assert.Equal((0, 0, 12), (second.Body.GetProperty("created").GetInt32(), second.Body.GetProperty("updated").GetInt32(), second.Body.GetProperty("rows").GetInt32()));
        Assert.Equal(after, await CountsAsync(a.Structure));

        // One changed cell updates that participation; the list shows it.
        var changed = Encoding.UTF8.GetString(EsfData.Example()).Replace("P42-00004,Σερίφ,Αϊσέ,Νίκος,1979-06-22,female,22067917439,,2025-06-22,,employed,,3", "P42-00004,Σερίφ,Αϊσέ,Νίκος,1979-06-22,female,22067917439,,2025-06-22,,employed,,5", StringComparison.Ordinal);
        var third = await ImportAsync(a.Api, a.Structure, Encoding.UTF8.GetBytes(changed), "participants.csv");
        Assert.Equal((0, 1), (third.Body.GetProperty("created").GetInt32(), third.Body.GetProperty("updated").GetInt32()));
        var list = await a.Api.GetFromJsonAsync<JsonElement>($"/api/v1/structures/{a.Structure}/participants?pageSize=50");
        Assert.Equal(12, list.GetProperty("total").GetInt32());
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("externalId").GetString() == "P42-00004" && i.GetProperty("isced").GetInt32() == 5);
    }

    [Fact]
    public async Task Import_BadRows_EveryRowColumnAndReasonListedAndNothingWritten()
    {
        var a = await ArrangeAsync();
        var born = new DateOnly(1980, 1, 2);
        var good = $"X1,Παπαδάκη,Μαρία,,1980-01-02,female,{EsfData.Amka(born)},,2025-01-10,,unemployed,3,3,no,no,no,no,no,no,no,,,,";
        var csv = EsfData.Csv(
            good,
            $"X2,Παππάς,Γιώργος,,1980-01-02,man,{EsfData.Amka(born)},,2025-01-10,,unemployed,,3,,,,,,,,,,,",
            $"X3,Παππάς,Νίκος,,1980-01-02,male,{EsfData.Amka(born)},,2025-02-30,,unemployed,,9,maybe,,,,,,,,,,",
            "X4,Λάμπρου,Άννα,,1980-01-02,female,12345678901,123456789,2025-01-10,2024-12-01,,,,,,,,,,,,,,",
            $"X5,Λάμπρου,Ελένη,,2025-03-01,female,,,2025-01-10,,,,,,,,,,,,,,,",
            "X6,Λάμπρου,Σοφία,,,,,,,,,,,,,,,,,,,,,");
        var (status, body) = await ImportAsync(a.Api, a.Structure, csv, "bad.csv");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var bad = body.GetProperty("badRows").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "gender"), bad);
        Assert.Contains((4, "entry_date"), bad);
        Assert.Contains((4, "isced"), bad);
        Assert.Contains((4, "disability"), bad);
        Assert.Contains((5, "amka"), bad);
        Assert.Contains((5, "afm"), bad);
        Assert.Contains((5, "exit_date"), bad);
        Assert.Contains((6, "birth_date"), bad);
        Assert.Contains((7, "entry_date"), bad);
        Assert.DoesNotContain(bad, b => b.Item1 == 2);
        Assert.True(body.GetProperty("errors").TryGetProperty("rows[5].amka", out var amkaReason));
        Assert.Contains("ΑΜΚΑ", amkaReason[0].GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 0), ((await CountsAsync(a.Structure)).People, (await CountsAsync(a.Structure)).Participations));

        // A missing column names the column; an empty required field is not an error (incomplete).
        var missing = Encoding.UTF8.GetBytes(EsfData.Header.Replace(",isced", "", StringComparison.Ordinal) + "\nX1,A,B,,,,,,2025-01-10,,,,,,,,,,,,,,\n");
        var (missingStatus, missingBody) = await ImportAsync(a.Api, a.Structure, missing, "m.csv");
        Assert.Equal(HttpStatusCode.BadRequest, missingStatus);
        Assert.Equal("isced", missingBody.GetProperty("badRows")[0].GetProperty("column").GetString());
        var (okStatus, okBody) = await ImportAsync(a.Api, a.Structure, EsfData.Csv("X9,Λάμπρου,Σοφία,,,,,,2025-01-10,,,,,,,,,,,,,,,"), "ok.csv");
        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Equal(1, okBody.GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Import_WrongEncodingZipBombOrNotASpreadsheet_PreciseMessageAndNothingWritten()
    {
        var a = await ArrangeAsync();
        var before = await CountsAsync(a.Structure);

        // Windows-1253 Greek: the message names UTF-8 and the line.
        var greek = Encoding.UTF8.GetBytes(EsfData.Header + "\n").Concat(new byte[] { (byte)'X', (byte)',', 0xD0, 0xE1, 0xF0, 0xDC, (byte)'\n' }).ToArray();
        var (status, body) = await ImportAsync(a.Api, a.Structure, greek, "win.csv");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = body.GetProperty("errors").GetProperty("file")[0].GetString()!;
        Assert.Contains("UTF-8", message, StringComparison.Ordinal);
        Assert.Contains("2", message, StringComparison.Ordinal);

        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(EsfData.Header)).ToArray();
        Assert.Contains("UTF-16", (await ImportAsync(a.Api, a.Structure, utf16, "u.csv")).Body.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);

        // A ZIP whose one part expands a thousandfold is refused before it is opened.
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            await using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            await part.WriteAsync(new byte[8 * 1024 * 1024]);
        }

        var (bombStatus, bombBody) = await ImportAsync(a.Api, a.Structure, bomb.ToArray(), "bomb.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, bombStatus);
        Assert.Contains("XLSX", bombBody.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);

        foreach (var (content, name) in new[] { ("%PDF-1.7\n%\u00e2\u00e3"u8.ToArray(), "scan.csv"), (new byte[] { 1, 2, 3, 0, 5 }, "sheet.xlsx"), (ZipWithoutWorkbook(), "archive.xlsx") })
        {
            var (s, b) = await ImportAsync(a.Api, a.Structure, content, name);
            Assert.Equal(HttpStatusCode.BadRequest, s);
            Assert.Contains("CSV", b.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(before.Participations, (await CountsAsync(a.Structure)).Participations);
    }

    [Fact]
    public async Task Import_Xlsx_SameRulesAsCsv()
    {
        var a = await ArrangeAsync();
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("participants");
        var columns = EsfData.Header.Split(',');
        for (var c = 0; c < columns.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = columns[c];
        }

        sheet.Cell(2, 1).Value = "Y1";
        sheet.Cell(2, 2).Value = "Κωνσταντίνου";
        sheet.Cell(2, 3).Value = "Ελένη";
        sheet.Cell(2, 5).Value = new DateTime(2003, 9, 4);
        sheet.Cell(2, 6).Value = "female";
        sheet.Cell(2, 7).Value = 4090395627L;
        sheet.Cell(2, 9).Value = new DateTime(2023, 9, 5);
        sheet.Cell(2, 11).Value = "unemployed";
        sheet.Cell(2, 13).Value = 1;
        sheet.Cell(2, 14).Value = "refused";
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var (status, body) = await ImportAsync(a.Api, a.Structure, stream.ToArray(), "participants.xlsx");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("created").GetInt32());
        await using var scope = factory.Scope();
        var p = await factory.Db(scope).Participations.Include(x => x.Beneficiary).SingleAsync(x => x.StructureId == a.Structure);
        Assert.Equal("04090395627", p.Beneficiary!.Amka);
        Assert.Equal((YesNoRefused.Refused, 1, new DateOnly(2023, 9, 5)), (p.Disability!.Value, p.Isced!.Value, p.EntryDate));
    }

    private static byte[] ZipWithoutWorkbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("hello");
        }

        return stream.ToArray();
    }
}
