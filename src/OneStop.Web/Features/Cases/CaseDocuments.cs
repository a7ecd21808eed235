using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Features.Cases;

public sealed record DocumentDownload(Stream Content, string ContentType, string FileName);

/// <summary>
/// Documents of a case: uploaded by those who keep it (type, size and content checked), kept in the
/// <see cref="IFileStore"/>, downloaded by those who may read the case, every download audited.
/// </summary>
public sealed class CaseDocuments(AppDbContext db, CaseScope scope, CurrentUser currentUser, AthensClock clock, IFileStore store, IOptions<FileStoreOptions> options, IStringLocalizer<CasesResource> t)
{
    public long MaxBytes => options.Value.MaxBytes;

    public async Task<CaseResult> UploadAsync(int caseId, CaseDocumentType? type, IFormFile? file, CancellationToken ct)
    {
        if (await scope.WorkableAsync(caseId, ct) is not { } found)
        {
            return CaseResult.Missing();
        }

        if (found.Status == CaseStatus.Closed)
        {
            return CaseResult.Invalid("Case", t["CaseClosed"]);
        }

        if (type is null)
        {
            return CaseResult.Invalid("Type", t["DocumentTypeRequired"]);
        }

        if (file is null || file.Length == 0)
        {
            return CaseResult.Invalid("File", t["FileRequired"]);
        }

        if (file.Length > MaxBytes)
        {
            return CaseResult.Invalid("File", t["FileTooLarge", UploadOptions.Readable(MaxBytes)]);
        }

        var fileName = Path.GetFileName(file.FileName.Replace('\\', '/'));
        await using var content = await SeekableAsync(file, ct);
        if (DocumentContent.Check(fileName, content) is not { } contentType)
        {
            return CaseResult.Invalid("File", t["FileTypeRefused", string.Join(", ", DocumentContent.AllowedExtensions)]);
        }

        var key = await store.SaveAsync(content, ct);
        var document = new CaseDocument
        {
            CaseId = caseId, Type = type.Value, FileName = fileName.Length > 255 ? fileName[^255..] : fileName, ContentType = contentType,
            Length = file.Length, StorageKey = key, UploadedAt = clock.UtcNow, ByName = (await currentUser.GetAsync(ct)).DisplayName,
        };
        db.CaseDocuments.Add(document);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return CaseResult.Done(document.Id);
    }

    /// <summary>The document's content when the user may read the case; null otherwise (404).</summary>
    public async Task<DocumentDownload?> OpenAsync(int caseId, long documentId, CancellationToken ct)
    {
        if (await scope.ReadableStructureAsync(caseId, ct) is not { } structureId)
        {
            return null;
        }

        var document = await db.CaseDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, ct);
        if (document is null || await store.OpenReadAsync(document.StorageKey, ct) is not { } content)
        {
            return null;
        }

        db.AuditView(nameof(CaseDocument), document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), structureId);
        await db.SaveChangesAsync(ct);
        return new DocumentDownload(content, document.ContentType, document.FileName);
    }

    private static async Task<Stream> SeekableAsync(IFormFile file, CancellationToken ct)
    {
        var source = file.OpenReadStream();
        if (source.CanSeek)
        {
            return source;
        }

        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (source)
        {
            await source.CopyToAsync(temp, ct);
        }

        temp.Position = 0;
        return temp;
    }
}
