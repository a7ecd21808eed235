using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Cases;

/// <summary>
/// Who may see and keep case files (DESIGN.md §5). Caseworkers and Coordinators of a structure
/// keep its cases, confidential notes included; a Supervisor reads the cases of the municipality's
/// non-protected structures without notes; FrontDesk, Partner, Auditor, DPO and Administrator see
/// no case (their doors are elsewhere). A case out of scope does not exist for the user (404).
/// </summary>
public sealed class CaseScope(AppDbContext db, CurrentUser currentUser)
{
    private CaseAccess? access;

    /// <param name="Read">structures whose cases the user reads (documents included).</param>
    /// <param name="Work">structures whose cases the user keeps; they also read and write confidential notes.</param>
    public sealed record CaseAccess(HashSet<int> Read, HashSet<int> Work, HashSet<int> Coordinate);

    public async Task<CaseAccess> GetAsync(CancellationToken ct = default)
    {
        if (access is not null)
        {
            return access;
        }

        var user = await currentUser.GetAsync(ct);
        var grants = user.IsActive ? user.Grants.Where(g => g.StructureId is not null).ToList() : [];
        var work = grants.Where(g => g.Role is AppRole.Caseworker or AppRole.Coordinator).Select(g => g.StructureId!.Value).ToHashSet();
        var coordinate = grants.Where(g => g.Role == AppRole.Coordinator).Select(g => g.StructureId!.Value).ToHashSet();
        var read = new HashSet<int>(work);
        var supervised = grants.Where(g => g.Role == AppRole.Supervisor).Select(g => g.MunicipalityId!.Value).Distinct().ToList();
        if (supervised.Count > 0)
        {
            read.UnionWith(await db.Structures.AsNoTracking()
                .Where(s => supervised.Contains(s.MunicipalityId) && !s.IsProtected)
                .Select(s => s.Id)
                .ToListAsync(ct));
        }

        return access = new CaseAccess(read, work, coordinate);
    }

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
