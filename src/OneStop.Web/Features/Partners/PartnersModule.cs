namespace OneStop.Web.Features.Partners;

/// <summary>The Partners area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class PartnersModule
{
    public static IServiceCollection AddPartnersModule(this IServiceCollection services)
    {
        services.AddScoped<DirectoryScope>();
        services.AddScoped<PartnerDirectory>();
        services.AddScoped<PartnerWriter>();
        services.AddScoped<HsdsImport>();
        return services;
    }
}
