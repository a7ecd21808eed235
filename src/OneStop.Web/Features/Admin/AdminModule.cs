namespace OneStop.Web.Features.Admin;

/// <summary>The Admin area's services (users, reference lists, the audit log), registered once by the composition root (Setup/Modules.cs).</summary>
public static class AdminModule
{
    public static IServiceCollection AddAdminModule(this IServiceCollection services)
    {
        services.AddScoped<UserScope>();
        services.AddScoped<UserQueries>();
        services.AddScoped<RoleRules>();
        services.AddScoped<UserWriter>();
        services.AddScoped<UserAccountActions>();
        services.AddScoped<TwoFactorSetup>();
        services.AddScoped<ReferenceWriter>();
        services.AddScoped<AuditQueries>();
        return services;
    }
}
