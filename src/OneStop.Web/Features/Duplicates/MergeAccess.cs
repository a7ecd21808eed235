using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Duplicates;

/// <summary>
/// Who may merge: a Coordinator of a structure linked to both people, which are visible to them and
/// of the same registry partition (so never across municipalities or out of a protected structure).
/// Not visible answers NotFound; visible but not coordinated answers Forbidden.
/// </summary>
public sealed class MergeAccess(AppDbContext db, PeopleScope people, DuplicatePairs pairs)
{
    public async Task<MergeStatus> CheckPairAsync(int survivorId, int mergedId, CancellationToken ct)
    {
        if (survivorId == mergedId)
        {
            return MergeStatus.NotFound;
        }

        var both = await (await people.VisibleAsync(ct)).AsNoTracking()
            .Where(b => b.Id == survivorId || b.Id == mergedId)
            .Select(b => b.Partition)
            .ToListAsync(ct);
        if (both.Count != 2 || both[0] != both[1])
        {
            return MergeStatus.NotFound;
        }

        var coordinated = await pairs.CoordinatedStructuresAsync(ct);
        var shared = await db.BeneficiaryLinks.AsNoTracking()
            .Where(l => l.BeneficiaryId == survivorId && coordinated.Contains(l.StructureId))
            .AnyAsync(l => db.BeneficiaryLinks.Any(o => o.BeneficiaryId == mergedId && o.StructureId == l.StructureId), ct);
        return shared ? MergeStatus.Done : MergeStatus.Forbidden;
    }

    /// <summary>For an undo: the survivor is visible and linked to a structure the user coordinates.</summary>
    public async Task<MergeStatus> CheckSurvivorAsync(int survivorId, CancellationToken ct)
    {
        if (!await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == survivorId, ct))
        {
            return MergeStatus.NotFound;
        }

        var coordinated = await pairs.CoordinatedStructuresAsync(ct);
        return await db.BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == survivorId && coordinated.Contains(l.StructureId), ct)
            ? MergeStatus.Done
            : MergeStatus.Forbidden;
    }
}
