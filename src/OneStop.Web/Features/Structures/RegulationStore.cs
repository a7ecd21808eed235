using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Features.Structures;

/// <summary>The internal regulation of a structure: a PDF, checked by content and size, kept in the database.</summary>
public sealed class RegulationStore(AppDbContext db, IOptions<UploadOptions> options, IStringLocalizer<StructuresResource> t, CurrentUser currentUser, TimeProvider time)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    /// <summary>Reads the upload; returns the bytes, or a message saying why it is refused.</summary>
    public async Task<(byte[]? Content, string? Error)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        var max = options.Value.MaxRegulationBytes;
        if (file.Length > max)
        {
            return (null, t["RegulationTooLarge", UploadOptions.Readable(max)]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var isPdf = content.Length > PdfMagic.Length && content.AsSpan(0, PdfMagic.Length).SequenceEqual(PdfMagic)
            && string.Equals(Path.GetExtension(file.FileName), ".pdf", StringComparison.OrdinalIgnoreCase);
        return isPdf ? (content, null) : (null, t["RegulationNotPdf"]);
    }

    public async Task AttachAsync(int structureId, string fileName, byte[] content, CancellationToken ct)
    {
        var structure = await db.Structures.SingleAsync(s => s.Id == structureId, ct);
        var old = structure.RegulationFileId;
        var file = new StoredFile
        {
            Id = Guid.NewGuid(),
            FileName = Path.GetFileName(fileName),
            ContentType = "application/pdf",
            Length = content.Length,
            Content = content,
            UploadedAt = time.GetUtcNow().UtcDateTime,
            UploadedBy = (await currentUser.GetAsync(ct)).Email,
        };
        db.StoredFiles.Add(file);
        structure.RegulationFileId = file.Id;
        if (old is not null)
        {
            db.StoredFiles.Remove(await db.StoredFiles.SingleAsync(f => f.Id == old, ct));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The regulation of a structure the caller may see, or null.</summary>
    public async Task<StoredFile?> GetAsync(IQueryable<Structure> visible, int structureId, CancellationToken ct) =>
        await visible.Where(s => s.Id == structureId && s.RegulationFile != null).Select(s => s.RegulationFile!).AsNoTracking().SingleOrDefaultAsync(ct);
}
