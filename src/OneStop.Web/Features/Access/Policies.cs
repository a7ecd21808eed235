using Microsoft.AspNetCore.Authorization;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Access;

/// <summary>Named authorization policies; each says which roles (in any structure) may enter.</summary>
public static class Policies
{
    public const string Administration = nameof(Administration);
    public const string AuditLog = nameof(AuditLog);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Administration, p => p.AddRequirements(new RoleRequirement([AppRole.Administrator])));
        options.AddPolicy(AuditLog, p => p.AddRequirements(new RoleRequirement([AppRole.Administrator, AppRole.DataProtectionOfficer])));
    }
}

public sealed record RoleRequirement(AppRole[] Roles) : IAuthorizationRequirement;

/// <summary>Checks roles from the database through <see cref="CurrentUser"/>, not from cookie claims,
/// so that a role taken away or a user disabled takes effect on the next request.</summary>
internal sealed class RoleRequirementHandler(CurrentUser currentUser) : AuthorizationHandler<RoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        var user = await currentUser.GetAsync();
        if (user.Has(requirement.Roles))
        {
            context.Succeed(requirement);
        }
    }
}
