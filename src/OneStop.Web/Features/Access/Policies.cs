using Microsoft.AspNetCore.Authorization;

namespace OneStop.Web.Features.Access;

/// <summary>Named authorization policies: each lets in whoever holds a capability of <see cref="AccessRules"/> somewhere.
/// Where it applies is then the scope's answer.</summary>
public static class Policies
{
    public const string Administration = nameof(Administration);
    public const string AuditLog = nameof(AuditLog);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Administration, p => p.AddRequirements(new CapabilityRequirement(Capability.Administer)));
        // The Coordinator reads only the break-the-glass entries of their structure (AuditQueries).
        options.AddPolicy(AuditLog, p => p.AddRequirements(new CapabilityRequirement(Capability.ReadAudit, Capability.ReviewBreakGlass)));
    }
}

/// <summary>Met by whoever holds any of the capabilities somewhere.</summary>
public sealed record CapabilityRequirement(params Capability[] Capabilities) : IAuthorizationRequirement;

/// <summary>Checks grants from the database through <see cref="AccessScope"/>, not from cookie claims,
/// so that a role taken away or a user disabled takes effect on the next request.</summary>
internal sealed class CapabilityRequirementHandler(AccessScope scope) : AuthorizationHandler<CapabilityRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CapabilityRequirement requirement)
    {
        foreach (var capability in requirement.Capabilities)
        {
            if (await scope.AnywhereAsync(capability))
            {
                context.Succeed(requirement);
                return;
            }
        }
    }
}
