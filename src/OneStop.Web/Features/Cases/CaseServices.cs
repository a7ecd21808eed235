namespace OneStop.Web.Features.Cases;

public static class CaseServices
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddOptions<FileStoreOptions>().BindConfiguration("OneStop:Files").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IFileStore, LocalFileStore>();
        services.AddScoped<CaseScope>();
        services.AddScoped<CaseWriter>();
        services.AddScoped<CaseRecordWriter>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<CaseNotes>();
        services.AddScoped<CaseDocuments>();
        services.AddScoped<CaseDashboards>();
        services.AddScoped<AppointmentQueries>();
        services.AddScoped<AppointmentWriter>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<Api.CaseEndpoints.Deps>();
        return services;
    }
}
