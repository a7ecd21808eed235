using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Pages.Participants;

/// <summary>
/// Participant import in three steps: upload (the file is kept in the database, so any web node
/// can finish the job), preview of what would be created or updated (the import run in a
/// transaction that is rolled back), and confirm.
/// </summary>
[RequestSizeLimit(MaxBytes)]
public sealed class ImportModel(ParticipationAccess access, ParticipantImporter importer, AppDbContext db, CurrentUser currentUser, AthensClock clock, IStringLocalizer<ParticipantsResource> t) : PageModel
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public int StructureId { get; private set; }
    public string StructureName { get; private set; } = "";
    public ImportOutcome? Outcome { get; private set; }
    public Guid? FileId { get; private set; }
    public string? FileName { get; private set; }

    public async Task<IActionResult> OnGetAsync(int structureId, CancellationToken ct) =>
        await LoadAsync(structureId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(int structureId, IFormFile? file, CancellationToken ct)
    {
        if (!await LoadAsync(structureId, ct))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", t["ChooseFile"]);
            return Page();
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        content.Position = 0;
        Outcome = await importer.ImportAsync(structureId, content, file.FileName, commit: false, ct);
        if (Outcome.FileError is { } error)
        {
            ModelState.AddModelError("file", error);
            Outcome = null;
            return Page();
        }

        if (Outcome.Succeeded)
        {
            var stored = new StoredFile
            {
                FileName = Path.GetFileName(file.FileName), ContentType = "application/octet-stream", Length = content.Length,
                Content = content.ToArray(), UploadedAt = clock.UtcNow, UploadedBy = (await currentUser.GetAsync(ct)).Email,
            };
            db.StoredFiles.Add(stored);
            await db.SaveChangesAsync(ct);
            FileId = stored.Id;
            FileName = stored.FileName;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int structureId, Guid fileId, CancellationToken ct)
    {
        if (!await LoadAsync(structureId, ct))
        {
            return NotFound();
        }

        var stored = await db.StoredFiles.SingleOrDefaultAsync(f => f.Id == fileId, ct);
        if (stored is null || stored.UploadedBy != (await currentUser.GetAsync(ct)).Email)
        {
            return NotFound();
        }

        using (var content = new MemoryStream(stored.Content, writable: false))
        {
            Outcome = await importer.ImportAsync(structureId, content, stored.FileName, commit: true, ct);
        }

        if (!Outcome.Succeeded)
        {
            return Page();
        }

        db.StoredFiles.Remove(stored);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["ImportDone", Outcome.Created, Outcome.Updated, Outcome.Rows].Value;
        var target = $"/Participants?structureId={structureId}";
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            Response.Headers["HX-Redirect"] = target;
            return new EmptyResult();
        }

        return Redirect(target);
    }

    private async Task<bool> LoadAsync(int structureId, CancellationToken ct)
    {
        if (!await access.CanWriteAsync(structureId, ct))
        {
            return false;
        }

        StructureId = structureId;
        StructureName = await db.Structures.Where(s => s.Id == structureId).Select(s => s.Name).SingleAsync(ct);
        return true;
    }
}
