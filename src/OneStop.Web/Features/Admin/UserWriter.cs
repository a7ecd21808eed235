using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Admin;

/// <summary>The outcome of a change to a user: the user's id, errors keyed by field name, or not found.</summary>
public sealed record UserResult(string? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false)
{
    public bool Succeeded => Errors.Count == 0 && !NotFound;

    public static UserResult Missing() => new(null, [], NotFound: true);
}

/// <summary>Creates users and sets their roles, for the pages and the API.</summary>
public sealed class UserWriter(
    AppDbContext db,
    UserManager<AppUser> users,
    UserScope scope,
    RoleRules rules,
    CurrentUser currentUser,
    TimeProvider time,
    IStringLocalizer<AdminResource> t,
    IStringLocalizer<SharedResource> shared)
{
    public async Task<UserResult> CreateAsync(NewUserFields input, CancellationToken ct)
    {
        var (roles, errors) = await rules.CheckAsync(input.Roles, ct);
        if (errors.Count > 0)
        {
            return new UserResult(null, errors);
        }

        var email = input.Email!.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        user.RoleAssignments.AddRange(roles.Select(r => new RoleAssignment { UserId = user.Id, Role = r.Role, StructureId = r.StructureId }));
        var result = await users.CreateAsync(user, input.Password!);
        if (result.Succeeded)
        {
            return new UserResult(user.Id, []);
        }

        var identityErrors = IdentityErrors(result);
        var normalized = users.NormalizeEmail(email);
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
            && !await (await scope.ManageableUsersAsync(ct)).AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            // Someone the caller does not administer (another municipality): the answer is the one for an
            // invalid address, so that creating a user does not tell who else has an account.
            identityErrors = [.. identityErrors.Where(e => e.Key != "Email"), new("Email", shared["InvalidEmail", t["Email"]])];
        }

        return new UserResult(null, identityErrors);
    }

    /// <summary>Replaces the roles the caller administers; roles elsewhere stay as they are.</summary>
    public async Task<UserResult> SetRolesAsync(string id, List<RoleFields> input, CancellationToken ct)
    {
        var manageable = await scope.ManageableUsersAsync(ct);
        var user = await manageable.Include(u => u.RoleAssignments).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return UserResult.Missing();
        }

        var (roles, errors) = await rules.CheckAsync(input, ct);
        var inReach = await scope.RoleFilterAsync(ct);
        var kept = user.RoleAssignments.Where(r => !inReach(r.StructureId)).Select(r => (r.Role, r.StructureId));
        if (errors.Count == 0 && !AccessRules.MayChangeRolesOf(currentUser.Id ?? "", id))
        {
            errors.Add(new("Roles", t["CannotChangeOwnRoles"]));
        }

        if (errors.Count > 0)
        {
            return new UserResult(id, errors);
        }

        var wanted = roles.ToHashSet();
        db.RoleAssignments.RemoveRange(user.RoleAssignments.Where(r => inReach(r.StructureId) && !wanted.Contains((r.Role, r.StructureId))));
        var held = user.RoleAssignments.Select(r => (r.Role, r.StructureId)).ToHashSet();
        db.RoleAssignments.AddRange(wanted.Where(r => !held.Contains(r)).Select(r => new RoleAssignment { UserId = id, Role = r.Role, StructureId = r.StructureId }));
        await db.SaveChangesAsync(ct);
        return new UserResult(id, []);
    }

    internal static List<KeyValuePair<string, string>> IdentityErrors(IdentityResult result) =>
        result.Errors
            .Select(e => new KeyValuePair<string, string>(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description))
            .ToList();
}
