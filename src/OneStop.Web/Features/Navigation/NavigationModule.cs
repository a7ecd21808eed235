namespace OneStop.Web.Features.Navigation;

/// <summary>The Navigation area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class NavigationModule
{
    public static IServiceCollection AddNavigationModule(this IServiceCollection services)
    {
        services.AddScoped<MainMenu>();
        return services;
    }
}
