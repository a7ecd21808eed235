namespace OneStop.Web.Features.FrontDesk;

/// <summary>The FrontDesk area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class FrontDeskModule
{
    public static IServiceCollection AddFrontDeskModule(this IServiceCollection services)
    {
        services.AddScoped<AthensClock>();
        services.AddScoped<VisitWriter>();
        services.AddScoped<VisitQueries>();
        services.AddScoped<VisitTexts>();
        services.AddScoped<DailyCardBuilder>();
        services.AddScoped<ConsentFormBuilder>();
        services.AddScoped<TodayLoader>();
        return services;
    }
}
