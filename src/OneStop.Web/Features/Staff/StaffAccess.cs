using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Staff;

/// <summary>
/// Who may see and change staff records (DESIGN.md §5: the Coordinator, and the Administrators of
/// the structure): those who manage one of the staff member's structures. A staff member linked to
/// the signed-in user may record their own check-in and check-out. Anything else answers 404.
/// </summary>
public sealed class StaffAccess(AppDbContext db, StructureScope scope, CurrentUser currentUser)
{
    private HashSet<int>? managed;

    /// <summary>The structures whose staff the user manages (null: every structure).</summary>
    public async Task<HashSet<int>?> ManagedAsync(CancellationToken ct)
    {
        if (await scope.AdministersAllAsync(ct))
        {
            return null;
        }

        if (managed is null)
        {
            var visible = await (await scope.VisibleStructuresAsync(ct)).Select(s => s.Id).ToListAsync(ct);
            managed = [];
            foreach (var id in visible)
            {
                if (await scope.CanManageAsync(id, ct))
                {
                    managed.Add(id);
                }
            }
        }

        return managed;
    }

    public Task<bool> CanManageStructureAsync(int structureId, CancellationToken ct) => scope.CanManageAsync(structureId, ct);

    public async Task<bool> CanManageStaffAsync(int staffId, CancellationToken ct)
    {
        var set = await ManagedAsync(ct);
        return await db.StaffMembers.AnyAsync(s => s.Id == staffId && (set == null || s.Structures.Any(x => set.Contains(x.StructureId))), ct);
    }

    public async Task<bool> IsSelfAsync(int staffId, CancellationToken ct) =>
        currentUser.Id is { } userId && await db.StaffMembers.AnyAsync(s => s.Id == staffId && s.UserId == userId, ct);
}
