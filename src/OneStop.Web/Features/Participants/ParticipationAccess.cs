using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Participants;

/// <summary>
/// ESF data through the structure sets of <see cref="AccessScope"/> for <see cref="Capability.ReadEsf"/> and
/// <see cref="Capability.RecordEsf"/> (AccessRules: Caseworkers and Coordinators record it, a Supervisor reads
/// it for the open structures of the municipality). Anything else is 404.
/// </summary>
public sealed class ParticipationAccess(AppDbContext db, PeopleScope people, AccessScope scope)
{
    public Task<bool> CanReadAsync(int structureId, CancellationToken ct) => scope.CanAsync(Capability.ReadEsf, structureId, ct);

    public Task<bool> CanWriteAsync(int structureId, CancellationToken ct) => scope.CanAsync(Capability.RecordEsf, structureId, ct);

    /// <summary>The participations the user may read.</summary>
    public async Task<IQueryable<OneStop.Data.Entities.Participation>> VisibleAsync(CancellationToken ct)
    {
        var read = (await scope.StructuresAsync(Capability.ReadEsf, ct)).Ids;
        return db.Participations.Where(p => read.Contains(p.StructureId) && p.Beneficiary!.MergedIntoId == null);
    }

    /// <summary>Structures where the user records ESF data, for the pickers.</summary>
    public async Task<List<EsfStructure>> WritableStructuresAsync(CancellationToken ct)
    {
        var ids = (await scope.StructuresAsync(Capability.RecordEsf, ct)).Ids;
        return await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new EsfStructure(s.Id, s.Name)).ToListAsync(ct);
    }

    /// <summary>Structures whose participants the user may list.</summary>
    public async Task<List<EsfStructure>> ReadableStructuresAsync(CancellationToken ct)
    {
        var ids = (await scope.StructuresAsync(Capability.ReadEsf, ct)).Ids;
        return await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new EsfStructure(s.Id, s.Name)).ToListAsync(ct);
    }

    /// <summary>A person the user may see, linked to this structure (ESF data is recorded for the structure's own people).</summary>
    public async Task<bool> PersonInStructureAsync(int beneficiaryId, int structureId, CancellationToken ct) =>
        await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == beneficiaryId && b.Links.Any(l => l.StructureId == structureId), ct);
}

public sealed record EsfStructure(int Id, string Name);
