using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Admin;

/// <summary>Disables, enables and resets the password of a user the administrator manages.</summary>
public sealed class UserAccountActions(UserManager<AppUser> users, UserScope scope, CurrentUser currentUser, IStringLocalizer<AdminResource> t)
{
    public async Task<UserResult> SetDisabledAsync(string id, bool disabled, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        if (user is null)
        {
            return UserResult.Missing();
        }

        if (disabled && id == currentUser.Id)
        {
            return new UserResult(id, [new("", t["CannotDisableSelf"])]);
        }

        user.IsDisabled = disabled;
        user.LockoutEnabled = true;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        user.AccessFailedCount = 0;
        // A new stamp ends the user's other sessions at their next validation.
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded ? new UserResult(id, []) : new UserResult(id, UserWriter.IdentityErrors(result));
    }

    public async Task<UserResult> ResetPasswordAsync(string id, string password, CancellationToken ct)
    {
        var user = await FindAsync(id, ct);
        if (user is null)
        {
            return UserResult.Missing();
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return new UserResult(id, UserWriter.IdentityErrors(result));
        }

        if (!user.IsDisabled)
        {
            // A user locked out by failed attempts can sign in with the new password straight away.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        return new UserResult(id, []);
    }

    private async Task<AppUser?> FindAsync(string id, CancellationToken ct) =>
        await (await scope.ManageableUsersAsync(ct)).SingleOrDefaultAsync(u => u.Id == id, ct);
}
