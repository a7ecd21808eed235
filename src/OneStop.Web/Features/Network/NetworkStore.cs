using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Features.Network;

/// <summary>
/// Records of a structure's networking and publicity plans and their uploaded material (kept in
/// stored_files like the internal regulation, so every web node serves them). Its users read them;
/// its Caseworkers and Coordinators (and Administrators above it) record them.
/// </summary>
public sealed class NetworkStore(AppDbContext db, AccessScope scope, CurrentUser currentUser, IOptions<UploadOptions> options, TimeProvider time, IStringLocalizer<NetworkResource> t)
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif",
        [".webp"] = "image/webp", [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".mp4"] = "video/mp4",
    };

    public Task<bool> CanSeeAsync(int structureId, CancellationToken ct) => scope.CanAsync(Capability.ReadNetwork, structureId, ct);

    /// <summary>The structures whose network records the user reads.</summary>
    public Task<IQueryable<Structure>> StructuresAsync(CancellationToken ct) => scope.StructureQueryAsync(Capability.ReadNetwork, ct);

    public Task<bool> CanRecordAsync(int structureId, CancellationToken ct) => scope.CanAsync(Capability.RecordNetwork, structureId, ct);

    public async Task<int> AddPartnerAsync(int structureId, NetworkPartnerFields input, CancellationToken ct)
    {
        var partner = new NetworkPartner
        {
            StructureId = structureId, Name = input.Name!.Trim(), Form = input.Form, Channel = input.Channel, Since = input.Since, Notes = Clean(input.Notes),
        };
        db.NetworkPartners.Add(partner);
        await db.SaveChangesAsync(ct);
        return partner.Id;
    }

    public async Task<int> AddMeetingAsync(int structureId, MeetingFields input, IReadOnlyList<(string Name, byte[] Content)> files, CancellationToken ct)
    {
        var partner = input.PartnerId is { } p && await db.NetworkPartners.AnyAsync(x => x.Id == p && x.StructureId == structureId, ct) ? p : (int?)null;
        var meeting = new NetworkMeeting
        {
            StructureId = structureId, Date = input.Date!.Value, Title = input.Title!.Trim(), PartnerId = partner,
            Participants = Clean(input.Participants), Minutes = Clean(input.Minutes),
        };
        db.NetworkMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        await AttachAsync(structureId, files, meeting.Id, null, ct);
        return meeting.Id;
    }

    public async Task<int> AddPublicityAsync(int structureId, PublicityFields input, IReadOnlyList<(string Name, byte[] Content)> files, CancellationToken ct)
    {
        var action = new PublicityAction
        {
            StructureId = structureId, Kind = input.Kind!.Value, Date = input.Date!.Value, Title = input.Title!.Trim(),
            Description = Clean(input.Description), Reach = input.Reach,
        };
        db.PublicityActions.Add(action);
        await db.SaveChangesAsync(ct);
        await AttachAsync(structureId, files, null, action.Id, ct);
        return action.Id;
    }

    /// <summary>A partner of the structure's plan, or null.</summary>
    public Task<NetworkPartner?> PartnerAsync(int structureId, int id, CancellationToken ct) =>
        db.NetworkPartners.SingleOrDefaultAsync(x => x.Id == id && x.StructureId == structureId, ct);

    public Task<NetworkMeeting?> MeetingAsync(int structureId, int id, CancellationToken ct) =>
        db.NetworkMeetings.SingleOrDefaultAsync(x => x.Id == id && x.StructureId == structureId, ct);

    public Task<PublicityAction?> PublicityAsync(int structureId, int id, CancellationToken ct) =>
        db.PublicityActions.SingleOrDefaultAsync(x => x.Id == id && x.StructureId == structureId, ct);

    /// <summary>Corrects a partner; false when the structure has no such partner.</summary>
    public async Task<bool> UpdatePartnerAsync(int structureId, int id, NetworkPartnerFields input, CancellationToken ct)
    {
        if (await PartnerAsync(structureId, id, ct) is not { } partner)
        {
            return false;
        }

        (partner.Name, partner.Form, partner.Channel, partner.Since, partner.Notes) = (input.Name!.Trim(), input.Form, input.Channel, input.Since, Clean(input.Notes));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Corrects a meeting and adds the new files to its material.</summary>
    public async Task<bool> UpdateMeetingAsync(int structureId, int id, MeetingFields input, IReadOnlyList<(string Name, byte[] Content)> files, CancellationToken ct)
    {
        if (await MeetingAsync(structureId, id, ct) is not { } meeting)
        {
            return false;
        }

        var partner = input.PartnerId is { } p && await db.NetworkPartners.AnyAsync(x => x.Id == p && x.StructureId == structureId, ct) ? p : (int?)null;
        (meeting.Date, meeting.Title, meeting.PartnerId, meeting.Participants, meeting.Minutes) =
            (input.Date!.Value, input.Title!.Trim(), partner, Clean(input.Participants), Clean(input.Minutes));
        await db.SaveChangesAsync(ct);
        await AttachAsync(structureId, files, meeting.Id, null, ct);
        return true;
    }

    /// <summary>Corrects a publicity action and adds the new files to its material.</summary>
    public async Task<bool> UpdatePublicityAsync(int structureId, int id, PublicityFields input, IReadOnlyList<(string Name, byte[] Content)> files, CancellationToken ct)
    {
        if (await PublicityAsync(structureId, id, ct) is not { } action)
        {
            return false;
        }

        (action.Kind, action.Date, action.Title, action.Description, action.Reach) =
            (input.Kind!.Value, input.Date!.Value, input.Title!.Trim(), Clean(input.Description), input.Reach);
        await db.SaveChangesAsync(ct);
        await AttachAsync(structureId, files, null, action.Id, ct);
        return true;
    }

    /// <summary>Deletes a partner; its meetings stay, without a partner (each change audited).</summary>
    public async Task<bool> DeletePartnerAsync(int structureId, int id, CancellationToken ct)
    {
        if (await PartnerAsync(structureId, id, ct) is not { } partner)
        {
            return false;
        }

        foreach (var meeting in await db.NetworkMeetings.Where(m => m.PartnerId == id).ToListAsync(ct))
        {
            meeting.PartnerId = null;
        }

        db.NetworkPartners.Remove(partner);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Deletes a meeting with its material (files included), in one transaction.</summary>
    public async Task<bool> DeleteMeetingAsync(int structureId, int id, CancellationToken ct)
    {
        if (await MeetingAsync(structureId, id, ct) is not { } meeting)
        {
            return false;
        }

        await RemoveFilesAsync(db.NetworkAttachments.Where(a => a.MeetingId == id), ct);
        db.NetworkMeetings.Remove(meeting);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Deletes a publicity action with its material (files included), in one transaction.</summary>
    public async Task<bool> DeletePublicityAsync(int structureId, int id, CancellationToken ct)
    {
        if (await PublicityAsync(structureId, id, ct) is not { } action)
        {
            return false;
        }

        await RemoveFilesAsync(db.NetworkAttachments.Where(a => a.PublicityActionId == id), ct);
        db.PublicityActions.Remove(action);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The material already attached to a meeting or a publicity action.</summary>
    public Task<List<MaterialFile>> MaterialAsync(int? meetingId, int? publicityId, CancellationToken ct) =>
        db.NetworkAttachments.AsNoTracking()
            .Where(a => (meetingId != null && a.MeetingId == meetingId) || (publicityId != null && a.PublicityActionId == publicityId))
            .OrderBy(a => a.Id)
            .Select(a => new MaterialFile(a.FileId, a.File!.FileName, a.File.ContentType, a.File.Length))
            .ToListAsync(ct);

    private async Task RemoveFilesAsync(IQueryable<NetworkAttachment> attachments, CancellationToken ct)
    {
        var list = await attachments.Include(a => a.File).ToListAsync(ct);
        db.NetworkAttachments.RemoveRange(list);
        db.StoredFiles.RemoveRange(list.Select(a => a.File!));
    }

    /// <summary>Reads the uploads; returns them, or a message saying which one is refused and why.</summary>
    public async Task<(List<(string Name, byte[] Content)> Files, string? Error)> ReadAsync(IEnumerable<IFormFile> uploads, CancellationToken ct)
    {
        var max = options.Value.MaxRegulationBytes;
        var files = new List<(string, byte[])>();
        foreach (var file in uploads.Where(f => f.Length > 0))
        {
            if (!Types.ContainsKey(Path.GetExtension(file.FileName)))
            {
                return ([], t["FileTypeRefused", file.FileName]);
            }

            if (file.Length > max)
            {
                return ([], t["FileTooLarge", file.FileName, UploadOptions.Readable(max)]);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            files.Add((Path.GetFileName(file.FileName), buffer.ToArray()));
        }

        return (files, null);
    }

    /// <summary>A file of a structure the user may see, or null.</summary>
    public async Task<StoredFile?> FileAsync(Guid id, CancellationToken ct)
    {
        var attachment = await db.NetworkAttachments.AsNoTracking().Include(a => a.File).SingleOrDefaultAsync(a => a.FileId == id, ct);
        return attachment is not null && await CanSeeAsync(attachment.StructureId, ct) ? attachment.File : null;
    }

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.Ordinal);

    private async Task AttachAsync(int structureId, IReadOnlyList<(string Name, byte[] Content)> files, int? meetingId, int? publicityId, CancellationToken ct)
    {
        if (files.Count == 0)
        {
            return;
        }

        var by = (await currentUser.GetAsync(ct)).Email;
        foreach (var (name, content) in files)
        {
            var file = new StoredFile
            {
                Id = Guid.NewGuid(), FileName = name, ContentType = Types[Path.GetExtension(name)], Length = content.Length, Content = content,
                UploadedAt = time.GetUtcNow().UtcDateTime, UploadedBy = by,
            };
            db.StoredFiles.Add(file);
            db.NetworkAttachments.Add(new NetworkAttachment { StructureId = structureId, MeetingId = meetingId, PublicityActionId = publicityId, FileId = file.Id });
        }

        await db.SaveChangesAsync(ct);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
