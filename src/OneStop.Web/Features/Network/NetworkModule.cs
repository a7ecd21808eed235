namespace OneStop.Web.Features.Network;

/// <summary>The Network area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class NetworkModule
{
    public static IServiceCollection AddNetworkModule(this IServiceCollection services)
    {
        services.AddScoped<NetworkStore>();
        services.AddScoped<NetworkMaterial>();
        services.AddScoped<Staff.ICertificationMaterialSource, NetworkCertificationMaterial>();
        return services;
    }
}
