using Microsoft.Extensions.DependencyInjection.Extensions;
using OneStop.Web.Features.Certification;

namespace OneStop.Web.Features.Staff;

public static class StaffServices
{
    public static IServiceCollection AddStaff(this IServiceCollection services)
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
