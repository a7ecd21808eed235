using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;

namespace OneStop.Web.Features.Access;

/// <summary>Loads the signed-in user's state and grants once per request.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, AppDbContext db)
{
    private UserAccess? access;
    private string? actingFor;

    public string? Id => actingFor ?? http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>
    /// For a request that signs in with a secret instead of a session (the calendar feed): from now on this
    /// request's access is that user's, with their grants as they are now.
    /// </summary>
    public void ActFor(string userId)
    {
        actingFor = userId;
        access = null;
    }

    public async Task<UserAccess> GetAsync(CancellationToken ct = default)
    {
        if (access is not null)
        {
            return access;
        }

        var id = Id;
        if (id is null)
        {
            return access = UserAccess.Anonymous;
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.DisplayName,
                u.Email,
                u.IsDisabled,
                Grants = u.RoleAssignments
                    .Select(r => new Grant(r.Role, r.StructureId, r.Structure != null ? r.Structure.MunicipalityId : null))
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);

        return access = user is null
            ? UserAccess.Anonymous
            : new UserAccess(id, user.DisplayName, user.Email ?? "", !user.IsDisabled, user.Grants);
    }
}
