using Microsoft.AspNetCore.Authorization;
using OneStop.Data.Auditing;

namespace OneStop.Web.Features.Access;

/// <summary>The Access area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class AccessModule
{
    public static IServiceCollection AddAccessModule(this IServiceCollection services)
    {
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccessScope>();
        services.AddScoped<StructureScope>();
        services.AddScoped<PeopleScope>();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddScoped<IAuthorizationHandler, CapabilityRequirementHandler>();
        return services;
    }
}
