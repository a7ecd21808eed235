namespace OneStop.Web.Features.Cases;

/// <summary>The Cases area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class CasesModule
{
    public static IServiceCollection AddCasesModule(this IServiceCollection services)
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
        return services;
    }
}
