namespace OneStop.Web.Features.Distribution;

/// <summary>The Distribution area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class DistributionModule
{
    public static IServiceCollection AddDistributionModule(this IServiceCollection services)
    {
        services.AddScoped<Eligibility>();
        services.AddScoped<DistributionWriter>();
        services.AddScoped<DistributionQueries>();
        services.AddScoped<DistributionReport>();
        services.AddScoped<ListWriter>();
        return services;
    }
}
