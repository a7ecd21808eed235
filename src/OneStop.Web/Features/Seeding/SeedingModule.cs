namespace OneStop.Web.Features.Seeding;

/// <summary>Seeding: the bootstrap administrator, the reference lists and the demo data, in one place.</summary>
public static class SeedingModule
{
    public static IServiceCollection AddSeedingModule(this IServiceCollection services)
    {
        services.AddOptions<BootstrapOptions>().BindConfiguration("OneStop:Bootstrap");
        services.AddScoped<BootstrapAdministrator>();
        services.AddScoped<DemoData>();
        return services;
    }
}
