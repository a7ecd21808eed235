using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Admin;

/// <summary>
/// Which users an administrator manages: a national Administrator everyone; a structure
/// Administrator the users holding a role in a structure they administer, except holders of
/// national roles. Everyone else does not exist for them (404).
/// </summary>
public sealed class UserScope(AppDbContext db, StructureScope structures)
{
    private List<int>? administered;

    public Task<bool> IsNationalAsync(CancellationToken ct) => structures.AdministersAllAsync(ct);

    public async Task<IQueryable<AppUser>> ManageableUsersAsync(CancellationToken ct)
    {
        if (await structures.AdministersAllAsync(ct))
        {
            return db.Users;
        }

        var ids = await AdministeredIdsAsync(ct);
        return db.Users.Where(u =>
            u.RoleAssignments.Any(r => r.StructureId != null && ids.Contains(r.StructureId.Value))
            && !u.RoleAssignments.Any(r => r.StructureId == null));
    }

    /// <summary>Whether a role in the given structure (null: national) is within the caller's reach.</summary>
    public async Task<Func<int?, bool>> RoleFilterAsync(CancellationToken ct)
    {
        if (await structures.AdministersAllAsync(ct))
        {
            return _ => true;
        }

        var ids = (await AdministeredIdsAsync(ct)).ToHashSet();
        return structureId => structureId is { } id && ids.Contains(id);
    }

    private async Task<List<int>> AdministeredIdsAsync(CancellationToken ct) =>
        administered ??= await (await structures.AdministeredStructuresAsync(ct)).Select(s => s.Id).ToListAsync(ct);
}
