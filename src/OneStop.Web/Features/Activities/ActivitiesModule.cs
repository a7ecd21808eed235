namespace OneStop.Web.Features.Activities;

/// <summary>The Activities area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class ActivitiesModule
{
    public static IServiceCollection AddActivitiesModule(this IServiceCollection services)
    {
        services.AddScoped<ActivityWriter>();
        services.AddScoped<ActivityQueries>();
        services.AddScoped<AttendanceListBuilder>();
        return services;
    }
}
