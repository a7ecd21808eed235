using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Access;

/// <summary>
/// The one scope rule of DESIGN.md §5 for people. A person is visible through the structures that
/// serve them (their links): FrontDesk, Caseworker and Coordinator of a linked structure read and
/// change the person; a Supervisor reads the people of the municipality's non-protected structures;
/// Administrator, Partner, Auditor and DPO see no one here (referrals, aggregates and the DPO tools
/// have their own doors). Every query that returns a person starts from <see cref="VisibleAsync"/>.
/// </summary>
public sealed class PeopleScope(AppDbContext db, CurrentUser currentUser)
{
    private static readonly AppRole[] WorkingRoles = [AppRole.FrontDesk, AppRole.Caseworker, AppRole.Coordinator];

    private PeopleAccess? access;

    public sealed record PeopleAccess(HashSet<int> Read, HashSet<int> Write, HashSet<int> Confidential);

    public async Task<PeopleAccess> GetAsync(CancellationToken ct = default)
    {
        if (access is not null)
        {
            return access;
        }

        var user = await currentUser.GetAsync(ct);
        var grants = user.IsActive ? user.Grants.Where(g => g.StructureId is not null).ToList() : [];
        var write = grants.Where(g => WorkingRoles.Contains(g.Role)).Select(g => g.StructureId!.Value).ToHashSet();
        var confidential = grants.Where(g => g.Role is AppRole.Caseworker or AppRole.Coordinator).Select(g => g.StructureId!.Value).ToHashSet();
        var read = new HashSet<int>(write);
        var supervised = grants.Where(g => g.Role == AppRole.Supervisor).Select(g => g.MunicipalityId!.Value).Distinct().ToList();
        if (supervised.Count > 0)
        {
            read.UnionWith(await db.Structures.AsNoTracking()
                .Where(s => supervised.Contains(s.MunicipalityId) && !s.IsProtected)
                .Select(s => s.Id)
                .ToListAsync(ct));
        }

        return access = new PeopleAccess(read, write, confidential);
    }

    /// <summary>People the user may see: linked to a structure they read, and not merged away.</summary>
    public async Task<IQueryable<Beneficiary>> VisibleAsync(CancellationToken ct = default)
    {
        var read = (await GetAsync(ct)).Read;
        return db.Beneficiaries.Where(b => b.MergedIntoId == null && b.Links.Any(l => read.Contains(l.StructureId)));
    }

    /// <summary>The structures (of those linked to the person) through which the user may change them.</summary>
    public async Task<bool> CanWriteAsync(int beneficiaryId, CancellationToken ct = default)
    {
        var write = (await GetAsync(ct)).Write;
        return write.Count > 0 && await db.BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == beneficiaryId && write.Contains(l.StructureId), ct);
    }

    /// <summary>True when the user registers people and logs visits in this structure.</summary>
    public async Task<bool> CanWorkInAsync(int structureId, CancellationToken ct = default) =>
        (await GetAsync(ct)).Write.Contains(structureId);

    /// <summary>The registry partition a structure registers into (see Beneficiary.Partition).</summary>
    public async Task<string> PartitionOfAsync(int structureId, CancellationToken ct = default)
    {
        var s = await db.Structures.AsNoTracking().Where(x => x.Id == structureId).Select(x => new { x.MunicipalityId, x.IsProtected }).SingleAsync(ct);
        return s.IsProtected ? $"p{structureId}" : $"m{s.MunicipalityId}";
    }
}
