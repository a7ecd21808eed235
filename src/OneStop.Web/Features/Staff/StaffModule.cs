using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OneStop.Web.Features.Staff;

/// <summary>The Staff area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class StaffModule
{
    public static IServiceCollection AddStaffModule(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>().BindConfiguration("OneStop:Staff").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<StaffAccess>();
        services.AddScoped<StaffQueries>();
        services.AddScoped<StaffWriter>();
        services.AddScoped<AttendanceWriter>();
        services.AddScoped<PersonMonthsReport>();
        services.AddScoped<StaffSheetBuilder>();
        services.AddScoped<CertificationPack>();

        // Replaced by the networking and publicity features when they are wired in.
        services.TryAddScoped<ICertificationMaterialSource, NoCertificationMaterial>();
        return services;
    }
}
