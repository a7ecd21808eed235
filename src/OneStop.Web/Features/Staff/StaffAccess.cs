using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Staff;

/// <summary>
/// Staff records through the structures of <see cref="Capability.ManageStaff"/> (AccessRules: the Coordinator
/// and the Administrators of the structure). A staff member linked to the signed-in user may record their
/// own check-in and check-out. Anything else answers 404.
/// </summary>
public sealed class StaffAccess(AppDbContext db, AccessScope scope, CurrentUser currentUser)
{
    /// <summary>The structures whose staff the user manages (null: every structure).</summary>
    public async Task<HashSet<int>?> ManagedAsync(CancellationToken ct)
    {
        var set = await scope.StructuresAsync(Capability.ManageStaff, ct);
        return set.All ? null : set.Ids;
    }

    public Task<bool> CanManageStructureAsync(int structureId, CancellationToken ct) => scope.CanAsync(Capability.ManageStaff, structureId, ct);

    public async Task<bool> CanManageStaffAsync(int staffId, CancellationToken ct)
    {
        var set = await ManagedAsync(ct);
        return await db.StaffMembers.AnyAsync(s => s.Id == staffId && (set == null || s.Structures.Any(x => set.Contains(x.StructureId))), ct);
    }

    public async Task<bool> IsSelfAsync(int staffId, CancellationToken ct) =>
        currentUser.Id is { } userId && await db.StaffMembers.AnyAsync(s => s.Id == staffId && s.UserId == userId, ct);
}
