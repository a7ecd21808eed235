using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Cases;

public sealed record CaseNoteDto(long Id, DateTime WrittenAt, string? ByName, string Text);

/// <summary>
/// Confidential professional notes: only the Caseworkers and Coordinators of the case's structure
/// write and read them (docs/DESIGN.md §5); the text is encrypted with ASP.NET Data Protection (ADR 010)
/// and every read of a note is a row of the audit log.
/// </summary>
public sealed class CaseNotes(AppDbContext db, CaseScope scope, CurrentUser currentUser, AthensClock clock, IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("OneStop.CaseNotes.v1");

    /// <summary>True when the user may read and write the notes of this case.</summary>
    public async Task<bool> CanUseAsync(int caseId, CancellationToken ct)
    {
        var work = (await scope.GetAsync(ct)).Work;
        return await db.Cases.AnyAsync(c => c.Id == caseId && work.Contains(c.StructureId), ct);
    }

    public async Task<CaseResult> AddAsync(int caseId, NoteFields input, CancellationToken ct)
    {
        if (!await CanUseAsync(caseId, ct))
        {
            return CaseResult.Missing();
        }

        var user = await currentUser.GetAsync(ct);
        var note = new CaseNote { CaseId = caseId, Ciphertext = protector.Protect(input.Text!.Trim()), WrittenAt = clock.UtcNow, ByUserId = user.UserId, ByName = user.DisplayName };
        db.CaseNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(note.Id);
    }

    /// <summary>The notes of a case, newest first, decrypted; each one read is audited. Null when out of scope.</summary>
    public async Task<List<CaseNoteDto>?> ReadAsync(int caseId, CancellationToken ct)
    {
        var work = (await scope.GetAsync(ct)).Work;
        var structureId = await db.Cases.AsNoTracking().Where(c => c.Id == caseId && work.Contains(c.StructureId)).Select(c => (int?)c.StructureId).SingleOrDefaultAsync(ct);
        if (structureId is null)
        {
            return null;
        }

        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId).OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id).ToListAsync(ct);
        foreach (var note in notes)
        {
            db.AuditView(nameof(CaseNote), note.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), structureId);
        }

        await db.SaveChangesAsync(ct);
        return notes.Select(n => new CaseNoteDto(n.Id, n.WrittenAt, n.ByName, protector.Unprotect(n.Ciphertext))).ToList();
    }
}
