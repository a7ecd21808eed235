using OneStop.Web.Features.Sync;

namespace OneStop.Web.Features.Community;

public static class CommunityServices
{
    public static IServiceCollection AddCommunity(this IServiceCollection services)
    {
        services.AddScoped<Eligibility>();
        services.AddScoped<DistributionWriter>();
        services.AddScoped<DistributionQueries>();
        services.AddScoped<DistributionReport>();
        services.AddScoped<ListWriter>();
        services.AddScoped<ActivityWriter>();
        services.AddScoped<ActivityQueries>();
        services.AddScoped<AttendanceListBuilder>();
        services.AddScoped<MobileData>();
        services.AddScoped<SyncHandlers>();
        services.AddScoped<SyncProcessor>();
        return services;
    }
}
