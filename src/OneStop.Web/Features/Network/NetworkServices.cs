namespace OneStop.Web.Features.Network;

public static class NetworkServices
{
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddScoped<NetworkStore>();
        services.AddScoped<NetworkMaterial>();
        services.AddScoped<Certification.ICertificationMaterialSource, NetworkCertificationMaterial>();
        return services;
    }
}
