using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Network;

public sealed record MaterialFile(Guid Id, string FileName, string ContentType, long Length);

public sealed record MeetingRecord(int Id, DateOnly Date, string Title, string? PartnerName, string? Participants, string? Minutes, List<MaterialFile> Files);

public sealed record PublicityRecord(int Id, PublicityKind Kind, DateOnly Date, string Title, string? Description, int? Reach, List<MaterialFile> Files);

public sealed record PartnerRecord(int Id, string Name, CooperationForm Form, CooperationChannel Channel, DateOnly? Since, string? Notes);

/// <summary>A structure's networking and publicity record for a period, with the files (metadata; contents by id).</summary>
public sealed record NetworkPeriod(int StructureId, DateOnly From, DateOnly To, List<PartnerRecord> Partners, List<MeetingRecord> Meetings, List<PublicityRecord> Publicity);

/// <summary>
/// The networking and publicity material of a structure by period: what the pages list, and what
/// the certification pack (a later feature) collects. No access check here: callers check
/// <see cref="NetworkStore.CanSeeAsync"/> first.
/// </summary>
public sealed class NetworkMaterial(AppDbContext db)
{
    public async Task<NetworkPeriod> ForPeriod(int structureId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var partners = await db.NetworkPartners.AsNoTracking().Where(p => p.StructureId == structureId && (p.Since == null || p.Since <= to))
            .OrderBy(p => p.Name).Select(p => new PartnerRecord(p.Id, p.Name, p.Form, p.Channel, p.Since, p.Notes)).ToListAsync(ct);
        var meetings = await db.NetworkMeetings.AsNoTracking().Where(m => m.StructureId == structureId && m.Date >= from && m.Date <= to)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Select(m => new { m.Id, m.Date, m.Title, Partner = m.Partner != null ? m.Partner.Name : null, m.Participants, m.Minutes }).ToListAsync(ct);
        var actions = await db.PublicityActions.AsNoTracking().Where(a => a.StructureId == structureId && a.Date >= from && a.Date <= to)
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).ToListAsync(ct);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var actionIds = actions.Select(a => a.Id).ToList();
        var files = await db.NetworkAttachments.AsNoTracking()
            .Where(a => a.StructureId == structureId && ((a.MeetingId != null && meetingIds.Contains(a.MeetingId.Value)) || (a.PublicityActionId != null && actionIds.Contains(a.PublicityActionId.Value))))
            .OrderBy(a => a.Id)
            .Select(a => new { a.MeetingId, a.PublicityActionId, File = new MaterialFile(a.FileId, a.File!.FileName, a.File.ContentType, a.File.Length) })
            .ToListAsync(ct);
        return new NetworkPeriod(structureId, from, to, partners,
            meetings.Select(m => new MeetingRecord(m.Id, m.Date, m.Title, m.Partner, m.Participants, m.Minutes, files.Where(f => f.MeetingId == m.Id).Select(f => f.File).ToList())).ToList(),
            actions.Select(a => new PublicityRecord(a.Id, a.Kind, a.Date, a.Title, a.Description, a.Reach, files.Where(f => f.PublicityActionId == a.Id).Select(f => f.File).ToList())).ToList());
    }
}
