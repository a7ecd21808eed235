using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Cases;

/// <summary>
/// Case files through the structure sets of <see cref="AccessScope"/> for <see cref="Capability.ReadCases"/>,
/// <see cref="Capability.KeepCases"/> and <see cref="Capability.Coordinate"/> (AccessRules: Caseworkers and
/// Coordinators keep a structure's cases, a Supervisor reads the open structures' cases). A case out of
/// scope does not exist for the user (404).
/// </summary>
public sealed class CaseScope(AppDbContext db, AccessScope scope)
{
    private CaseAccess? access;

    /// <param name="Read">structures whose cases the user reads (documents included).</param>
    /// <param name="Work">structures whose cases the user keeps; they also read and write confidential notes.</param>
    public sealed record CaseAccess(HashSet<int> Read, HashSet<int> Work, HashSet<int> Coordinate);

    public async Task<CaseAccess> GetAsync(CancellationToken ct = default) =>
        access ??= new CaseAccess(
            (await scope.StructuresAsync(Capability.ReadCases, ct)).Ids,
            (await scope.StructuresAsync(Capability.KeepCases, ct)).Ids,
            (await scope.StructuresAsync(Capability.Coordinate, ct)).Ids);

    /// <summary>The cases the user may read.</summary>
    public async Task<IQueryable<Case>> VisibleAsync(CancellationToken ct = default)
    {
        var read = (await GetAsync(ct)).Read;
        return db.Cases.Where(c => read.Contains(c.StructureId));
    }

    /// <summary>The structure of a case the user may read, or null (then the case does not exist for them).</summary>
    public async Task<int?> ReadableStructureAsync(int caseId, CancellationToken ct = default)
    {
        var read = (await GetAsync(ct)).Read;
        return await db.Cases.AsNoTracking().Where(c => c.Id == caseId && read.Contains(c.StructureId)).Select(c => (int?)c.StructureId).SingleOrDefaultAsync(ct);
    }

    /// <summary>The case, tracked, when the user keeps it; null otherwise.</summary>
    public async Task<Case?> WorkableAsync(int caseId, CancellationToken ct = default)
    {
        var work = (await GetAsync(ct)).Work;
        return await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId && work.Contains(c.StructureId), ct);
    }
}
