namespace OneStop.Web.Features.Structures;

/// <summary>The Structures area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class StructuresModule
{
    public static IServiceCollection AddStructuresModule(this IServiceCollection services)
    {
        services.AddScoped<StructureQueries>();
        services.AddScoped<StructureWriter>();
        services.AddScoped<ServiceWriter>();
        services.AddScoped<RegulationStore>();
        services.AddScoped<HoursWriter>();
        return services;
    }
}
