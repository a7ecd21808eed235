using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

/// <summary>Confidential notes and documents: who reads them (docs/DESIGN.md §5), encryption at rest, audited reads, content checks.</summary>
[Collection(CasesCollection.Name)]
public sealed class CaseConfidentialityTests(AppFactory factory)
{
    private const string Secret = "Αναφέρει βία στο σπίτι από τον σύζυγο";

    [Fact]
    public async Task NotesAndDocuments_OnlyTheStructuresCaseworkers_EncryptedAndEveryReadAudited()
    {
        var w = await factory.WorldAsync();
        var caseworker = await factory.ApiAsAsync(w.Caseworker);
        var id = await caseworker.OpenCaseAsync(w);

        var created = await caseworker.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = Secret });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var noteId = (await created.JsonAsync()).GetProperty("id").GetInt64();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        var uploaded = await caseworker.PostAsync($"/api/v1/cases/{id}/documents", Upload("βεβαίωση.pdf", pdf, "certificate"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var documentId = (await uploaded.JsonAsync()).GetProperty("id").GetInt64();

        // At rest: neither the notes table nor the audit log holds the text.
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var stored = await db.CaseNotes.SingleAsync(n => n.Id == noteId);
            Assert.DoesNotContain("βία", stored.Ciphertext, StringComparison.Ordinal);
            Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(CaseNote) && a.Changes != null && a.Changes.Contains("βία")));
        }

        // The caseworker and the coordinator of the structure read the note; each read is audited.
        var read = await (await caseworker.GetAsync($"/api/v1/cases/{id}/notes")).JsonAsync();
        Assert.Equal(Secret, read.GetProperty("items")[0].GetProperty("text").GetString());
        var coordinator = await factory.ApiAsAsync(w.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/cases/{id}/notes")).StatusCode);
        var download = await caseworker.GetAsync($"/api/v1/cases/{id}/documents/{documentId}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        // Front desk, another structure's caseworker: nothing exists. The supervisor reads the case and documents, not notes.
        var frontDesk = await factory.ApiAsAsync(w.FrontDesk);
        var outsider = await factory.ApiAsAsync(w.OtherCaseworker);
        foreach (var client in new[] { frontDesk, outsider })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{id}/notes")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{id}/documents/{documentId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = "x" })).StatusCode);
        }

        var supervisor = await factory.ApiAsAsync(w.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/cases/{id}/documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync($"/api/v1/cases/{id}/notes")).StatusCode);
        var desk = await factory.BrowserAsync(w.FrontDesk, TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.GetAsync($"/Cases/Notes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.GetAsync($"/Cases/Details/{id}?handler=Document&documentId={documentId}")).StatusCode);

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var noteKey = noteId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var views = await db.AuditEntries.Where(a => a.Action == AuditAction.View && a.EntityType == nameof(CaseNote) && a.EntityId == noteKey).Select(a => a.UserName).ToListAsync();
            Assert.Equal(new[] { w.Caseworker, w.Coordinator }.Order(StringComparer.Ordinal), views.Order(StringComparer.Ordinal));
            var documentKey = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == AuditAction.View && a.EntityType == nameof(CaseDocument) && a.EntityId == documentKey));
        }

        // Content checks: the bytes must match the name; an Office file must really be one.
        var exe = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0");
        foreach (var (name, bytes) in new[] { ("scan.pdf", exe), ("scan.exe", exe), ("letter.docx", Encoding.ASCII.GetBytes("PK\x03\x04 not really a zip")) })
        {
            var refused = await caseworker.PostAsync($"/api/v1/cases/{id}/documents", Upload(name, bytes, "other"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _), name);
        }

        var noType = await caseworker.PostAsync($"/api/v1/cases/{id}/documents", Upload("scan.pdf", pdf, "passport_photo"));
        Assert.True((await noType.JsonAsync()).GetProperty("errors").TryGetProperty("type", out _));
        Assert.Equal(HttpStatusCode.Created, (await caseworker.PostAsync($"/api/v1/cases/{id}/documents", Upload("αίτηση.docx", Docx(), "application"))).StatusCode);
    }

    private static MultipartFormDataContent Upload(string fileName, byte[] bytes, string type) => new()
    {
        { new StringContent(type), "type" },
        { new ByteArrayContent(bytes), "file", fileName },
    };

    private static byte[] Docx()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        }

        return memory.ToArray();
    }
}
