namespace OneStop.Web.Features.Reports;

/// <summary>The Reports area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class ReportsModule
{
    public static IServiceCollection AddReportsModule(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration("OneStop:Reports");
        services.AddScoped<ReportScope>();
        services.AddScoped<EsfIndicators>();
        services.AddScoped<EsfPeople>();
        services.AddScoped<EsfMicrodata>();
        services.AddScoped<ActivityStatistics>();
        services.AddScoped<ActivityReports>();
        services.AddScoped<ActivityTexts>();
        services.AddScoped<QualityScope>();
        services.AddScoped<QualityRecordChecks>();
        services.AddScoped<QualityIdentifierChecks>();
        services.AddScoped<QualityReport>();
        services.AddScoped<QualityExport>();
        return services;
    }
}
