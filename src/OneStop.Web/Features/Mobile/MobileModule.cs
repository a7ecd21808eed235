namespace OneStop.Web.Features.Mobile;

/// <summary>The Mobile area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class MobileModule
{
    public static IServiceCollection AddMobileModule(this IServiceCollection services)
    {
        services.AddScoped<MobileData>();
        services.AddScoped<SyncHandlers>();
        services.AddScoped<SyncProcessor>();
        return services;
    }
}
