namespace OneStop.Web.Features.FrontDesk;

public static class FrontDeskServices
{
    public static IServiceCollection AddFrontDesk(this IServiceCollection services)
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
