using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Access;

/// <summary>
/// People through the structures that serve them (their links), with the structure sets that
/// <see cref="AccessScope"/> gives for <see cref="Capability.ReadPeople"/>, <see cref="Capability.WritePeople"/>
/// and <see cref="Capability.ConfidentialNotes"/>. Every query that returns a person starts from
/// <see cref="VisibleAsync"/>.
/// </summary>
public sealed class PeopleScope(AppDbContext db, AccessScope scope)
{
    private PeopleAccess? access;

    public sealed record PeopleAccess(HashSet<int> Read, HashSet<int> Write, HashSet<int> Confidential);

    public async Task<PeopleAccess> GetAsync(CancellationToken ct = default) =>
        access ??= new PeopleAccess(
            await IdsAsync(Capability.ReadPeople, ct),
            await IdsAsync(Capability.WritePeople, ct),
            await IdsAsync(Capability.ConfidentialNotes, ct));

    /// <summary>People the user may see: linked to a structure they read, and not merged away.</summary>
    public async Task<IQueryable<Beneficiary>> VisibleAsync(CancellationToken ct = default)
    {
        var read = (await GetAsync(ct)).Read;
        return db.Beneficiaries.Where(b => b.MergedIntoId == null && b.Links.Any(l => read.Contains(l.StructureId)));
    }

    /// <summary>True when the user may change the person through one of the structures linked to them.</summary>
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

    /// <summary>People capabilities never reach every structure: a national grant gives no one's file.</summary>
    private async Task<HashSet<int>> IdsAsync(Capability capability, CancellationToken ct)
    {
        var set = await scope.StructuresAsync(capability, ct);
        return set.All ? throw new InvalidOperationException($"{capability} must not reach every structure") : set.Ids;
    }
}
