using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Participation;

/// <summary>
/// Who sees and records ESF data (DESIGN.md §5): Caseworkers and Coordinators of the structure
/// record it; a Supervisor reads it for the municipality's non-protected structures; FrontDesk,
/// Partner, Auditor and Administrator do not see it. Anything else is 404.
/// </summary>
public sealed class ParticipationAccess(AppDbContext db, PeopleScope people)
{
    public async Task<bool> CanReadAsync(int structureId, CancellationToken ct)
    {
        var access = await people.GetAsync(ct);
        return access.Confidential.Contains(structureId) || (access.Read.Contains(structureId) && !access.Write.Contains(structureId));
    }

    public async Task<bool> CanWriteAsync(int structureId, CancellationToken ct) =>
        (await people.GetAsync(ct)).Confidential.Contains(structureId);

    /// <summary>The participations the user may read.</summary>
    public async Task<IQueryable<OneStop.Data.Entities.Participation>> VisibleAsync(CancellationToken ct)
    {
        var access = await people.GetAsync(ct);
        var read = access.Confidential.Union(access.Read.Except(access.Write)).ToList();
        return db.Participations.Where(p => read.Contains(p.StructureId) && p.Beneficiary!.MergedIntoId == null);
    }

    /// <summary>Structures where the user records ESF data, for the pickers.</summary>
    public async Task<List<EsfStructure>> WritableStructuresAsync(CancellationToken ct)
    {
        var ids = (await people.GetAsync(ct)).Confidential.ToList();
        return await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new EsfStructure(s.Id, s.Name)).ToListAsync(ct);
    }

    /// <summary>Structures whose participants the user may list.</summary>
    public async Task<List<EsfStructure>> ReadableStructuresAsync(CancellationToken ct)
    {
        var access = await people.GetAsync(ct);
        var ids = access.Confidential.Union(access.Read.Except(access.Write)).ToList();
        return await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new EsfStructure(s.Id, s.Name)).ToListAsync(ct);
    }

    /// <summary>A person the user may see, linked to this structure (ESF data is recorded for the structure's own people).</summary>
    public async Task<bool> PersonInStructureAsync(int beneficiaryId, int structureId, CancellationToken ct) =>
        await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == beneficiaryId && b.Links.Any(l => l.StructureId == structureId), ct);
}

public sealed record EsfStructure(int Id, string Name);
