using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Access;

/// <summary>Structures a capability reaches: every structure (<see cref="All"/>), or these ids.</summary>
public sealed record StructureSet(bool All, HashSet<int> Ids)
{
    public static readonly StructureSet None = new(false, new HashSet<int>());

    public bool Contains(int structureId) => All || Ids.Contains(structureId);

    public bool IsEmpty => !All && Ids.Count == 0;
}

/// <summary>
/// The one scope service: which structures (and through them which people and records) the signed-in
/// user may see or change for a capability, computed from their grants with <see cref="AccessRules"/>.
/// Every query of personal data filters by a set from here; the area helpers (PeopleScope, CaseScope …)
/// only apply these sets to their tables. Read once per request, from the database (no cached roles).
/// </summary>
public sealed class AccessScope(AppDbContext db, CurrentUser currentUser)
{
    private readonly Dictionary<Capability, StructureSet> sets = [];
    private Dictionary<int, Node>? tree;
    private HashSet<int>? openNational;

    public Task<UserAccess> UserAsync(CancellationToken ct = default) => currentUser.GetAsync(ct);

    public async Task<StructureSet> StructuresAsync(Capability capability, CancellationToken ct = default)
    {
        if (sets.TryGetValue(capability, out var cached))
        {
            return cached;
        }

        var user = await currentUser.GetAsync(ct);
        var grants = user.IsActive ? user.Grants.Where(g => AccessRules.For(g.Role).Can.Contains(capability)).ToList() : [];
        var sealedCapability = AccessRules.IsSealed(capability);
        StructureSet result;
        if (grants.Count == 0)
        {
            result = StructureSet.None;
        }
        else if (!sealedCapability && grants.Any(g => g.StructureId is null && AccessRules.For(g.Role).NationalReachesProtected))
        {
            result = new StructureSet(true, new HashSet<int>());
        }
        else
        {
            var ids = new HashSet<int>();
            if (grants.Any(g => g.StructureId is null))
            {
                openNational ??= (await db.Structures.AsNoTracking().Where(s => !s.IsProtected).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
                ids.UnionWith(openNational);
            }

            var nodes = await TreeAsync(user, ct);
            foreach (var grant in grants.Where(g => g.StructureId is not null))
            {
                var named = grant.StructureId!.Value;
                ids.UnionWith(Reached(nodes, AccessRules.For(grant.Role).Reach, named, grant.MunicipalityId)
                    .Where(id => !sealedCapability || id == named || !nodes[id].IsProtected));
            }

            result = new StructureSet(false, ids);
        }

        sets[capability] = result;
        return result;
    }

    /// <summary>True when the capability reaches this (existing) structure.</summary>
    public async Task<bool> CanAsync(Capability capability, int structureId, CancellationToken ct = default)
    {
        var set = await StructuresAsync(capability, ct);
        return set.All ? await db.Structures.AnyAsync(s => s.Id == structureId, ct) : set.Ids.Contains(structureId);
    }

    /// <summary>True when the user holds the capability in some structure (for entry checks and menus).</summary>
    public async Task<bool> AnywhereAsync(Capability capability, CancellationToken ct = default) =>
        !(await StructuresAsync(capability, ct)).IsEmpty;

    /// <summary>The structures of the capability as a query.</summary>
    public async Task<IQueryable<Structure>> StructureQueryAsync(Capability capability, CancellationToken ct = default)
    {
        var set = await StructuresAsync(capability, ct);
        var ids = set.Ids;
        return set.All ? db.Structures : db.Structures.Where(s => ids.Contains(s.Id));
    }

    /// <summary>The municipalities the capability reaches (null: every municipality).</summary>
    public async Task<List<int>?> MunicipalitiesAsync(Capability capability, CancellationToken ct = default)
    {
        var set = await StructuresAsync(capability, ct);
        if (set.All)
        {
            return null;
        }

        var user = await currentUser.GetAsync(ct);
        if (user.Grants.Any(g => g.StructureId is null && AccessRules.For(g.Role).Can.Contains(capability)))
        {
            return null;
        }

        var nodes = await TreeAsync(user, ct);
        return [.. set.Ids.Where(nodes.ContainsKey).Select(id => nodes[id].MunicipalityId).Distinct().Order()];
    }

    private static IEnumerable<int> Reached(Dictionary<int, Node> nodes, Reach reach, int structureId, int? municipalityId) => reach switch
    {
        Reach.Structure => [structureId],
        Reach.Subtree => Descendants(nodes, structureId),
        Reach.OpenMunicipality => nodes.Values.Where(n => n.MunicipalityId == municipalityId && !n.IsProtected).Select(n => n.Id),
        Reach.Municipality => nodes.Values.Where(n => n.MunicipalityId == municipalityId).Select(n => n.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(reach), reach, null),
    };

    private async Task<Dictionary<int, Node>> TreeAsync(UserAccess user, CancellationToken ct)
    {
        if (tree is not null)
        {
            return tree;
        }

        var municipalities = user.Grants.Where(g => g.MunicipalityId is not null).Select(g => g.MunicipalityId!.Value).Distinct().ToList();
        return tree = municipalities.Count == 0
            ? []
            : await db.Structures.AsNoTracking()
                .Where(s => municipalities.Contains(s.MunicipalityId))
                .Select(s => new Node(s.Id, s.ParentId, s.MunicipalityId, s.IsProtected))
                .ToDictionaryAsync(n => n.Id, ct);
    }

    private static HashSet<int> Descendants(Dictionary<int, Node> nodes, int root)
    {
        var result = new HashSet<int> { root };
        var children = nodes.Values.ToLookup(n => n.ParentId);
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id])
            {
                if (result.Add(child.Id))
                {
                    queue.Enqueue(child.Id);
                }
            }
        }

        return result;
    }

    private sealed record Node(int Id, int? ParentId, int MunicipalityId, bool IsProtected);
}
