using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Admin;

public sealed record RoleDto(AppRole Role, int? StructureId, string? StructureName);

public sealed record UserDto(string Id, string Email, string DisplayName, bool IsDisabled, List<RoleDto> Roles);

/// <summary>Reads of users, limited to those the signed-in administrator may manage.</summary>
public sealed class UserQueries(UserScope scope)
{
    public async Task<List<UserDto>> ListAsync(CancellationToken ct)
    {
        var users = await scope.ManageableUsersAsync(ct);
        var rows = await Project(users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)).ToListAsync(ct);
        return await ToDtosAsync(rows, ct);
    }

    /// <summary>The user, or null when they do not exist for the caller.</summary>
    public async Task<UserDto?> GetAsync(string id, CancellationToken ct)
    {
        var users = await scope.ManageableUsersAsync(ct);
        var rows = await Project(users.Where(u => u.Id == id)).ToListAsync(ct);
        return (await ToDtosAsync(rows, ct)).SingleOrDefault();
    }

    private static IQueryable<Row> Project(IQueryable<AppUser> users) => users.AsNoTracking()
        .Select(u => new Row(u.Id, u.Email ?? "", u.DisplayName, u.IsDisabled,
            u.RoleAssignments.Select(r => new RoleDto(r.Role, r.StructureId, r.Structure != null ? r.Structure.Name : null)).ToList()));

    private async Task<List<UserDto>> ToDtosAsync(List<Row> rows, CancellationToken ct)
    {
        // Roles in structures the caller does not administer stay hidden, so nothing leaks across municipalities.
        var visible = await scope.RoleFilterAsync(ct);
        return rows.Select(r => new UserDto(r.Id, r.Email, r.DisplayName, r.IsDisabled,
                r.Roles.Where(x => visible(x.StructureId))
                    .OrderBy(x => x.StructureName is null ? 0 : 1).ThenBy(x => x.StructureName, StringComparer.CurrentCulture).ThenBy(x => x.Role)
                    .ToList()))
            .ToList();
    }

    private sealed record Row(string Id, string Email, string DisplayName, bool IsDisabled, List<RoleDto> Roles);
}
