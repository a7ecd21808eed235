using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Access;

/// <summary>
/// The one scope rule of DESIGN.md §5 for structures. Every query of structures, and of anything
/// recorded by a structure, starts from here. What a user may not see does not exist for them (404).
/// </summary>
public sealed class StructureScope(AppDbContext db, CurrentUser currentUser)
{
    private ScopeSets? sets;

    /// <summary>Structures the user can see: national roles all; Supervisor the whole municipality;
    /// Administrator their structure and its descendants; every other role the structure itself.</summary>
    public async Task<IQueryable<Structure>> VisibleStructuresAsync(CancellationToken ct = default)
    {
        var s = await GetSetsAsync(ct);
        return s.All ? db.Structures : db.Structures.Where(x => s.Visible.Contains(x.Id));
    }

    public async Task<bool> CanSeeAsync(int structureId, CancellationToken ct = default)
    {
        var s = await GetSetsAsync(ct);
        return s.All ? await db.Structures.AnyAsync(x => x.Id == structureId, ct) : s.Visible.Contains(structureId);
    }

    /// <summary>Administrators of the structure (or an ancestor, or nationally) and its Coordinators
    /// may change its details, hours, services and regulation.</summary>
    public async Task<bool> CanManageAsync(int structureId, CancellationToken ct = default)
    {
        var s = await GetSetsAsync(ct);
        return s.AdministerAll ? await db.Structures.AnyAsync(x => x.Id == structureId, ct) : s.Manage.Contains(structureId);
    }

    /// <summary>Only Administrators create structures and users, and only inside what they administer.</summary>
    public async Task<bool> CanAdministerAsync(int structureId, CancellationToken ct = default)
    {
        var s = await GetSetsAsync(ct);
        return s.AdministerAll ? await db.Structures.AnyAsync(x => x.Id == structureId, ct) : s.Administer.Contains(structureId);
    }

    public async Task<bool> AdministersAllAsync(CancellationToken ct = default) => (await GetSetsAsync(ct)).AdministerAll;

    /// <summary>Structure ids the user administers (all of them for a national Administrator).</summary>
    public async Task<IQueryable<Structure>> AdministeredStructuresAsync(CancellationToken ct = default)
    {
        var s = await GetSetsAsync(ct);
        return s.AdministerAll ? db.Structures : db.Structures.Where(x => s.Administer.Contains(x.Id));
    }

    private async Task<ScopeSets> GetSetsAsync(CancellationToken ct)
    {
        if (sets is not null)
        {
            return sets;
        }

        var user = await currentUser.GetAsync(ct);
        var grants = user.IsActive ? user.Grants : [];
        var all = grants.Any(g => g.StructureId is null);
        var administerAll = grants.Any(g => g.StructureId is null && g.Role == AppRole.Administrator);
        var municipalities = grants.Where(g => g.MunicipalityId is not null).Select(g => g.MunicipalityId!.Value).Distinct().ToList();

        var tree = municipalities.Count == 0 || all
            ? []
            : await db.Structures.AsNoTracking()
                .Where(x => municipalities.Contains(x.MunicipalityId))
                .Select(x => new Node(x.Id, x.ParentId, x.MunicipalityId))
                .ToListAsync(ct);

        var visible = new HashSet<int>();
        var administer = new HashSet<int>();
        var manage = new HashSet<int>();
        foreach (var grant in grants.Where(g => g.StructureId is not null))
        {
            var id = grant.StructureId!.Value;
            switch (grant.Role)
            {
                case AppRole.Supervisor:
                    visible.UnionWith(tree.Where(n => n.MunicipalityId == grant.MunicipalityId).Select(n => n.Id));
                    break;
                case AppRole.Administrator:
                    var subtree = Descendants(tree, id);
                    visible.UnionWith(subtree);
                    administer.UnionWith(subtree);
                    manage.UnionWith(subtree);
                    break;
                case AppRole.Coordinator:
                    visible.Add(id);
                    manage.Add(id);
                    break;
                default:
                    visible.Add(id);
                    break;
            }
        }

        return sets = new ScopeSets(all, administerAll, visible, administer, manage);
    }

    private static HashSet<int> Descendants(List<Node> tree, int root)
    {
        var result = new HashSet<int> { root };
        var children = tree.ToLookup(n => n.ParentId);
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

    private sealed record Node(int Id, int? ParentId, int MunicipalityId);

    private sealed record ScopeSets(bool All, bool AdministerAll, HashSet<int> Visible, HashSet<int> Administer, HashSet<int> Manage);
}
