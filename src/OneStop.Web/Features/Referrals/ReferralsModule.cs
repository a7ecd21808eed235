namespace OneStop.Web.Features.Referrals;

/// <summary>The Referrals area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class ReferralsModule
{
    public static IServiceCollection AddReferralsModule(this IServiceCollection services)
    {
        services.AddScoped<ReferralScope>();
        services.AddScoped<ReferralWriter>();
        services.AddScoped<ReferralQueries>();
        services.AddScoped<ReferralLinks>();
        services.AddScoped<ReferralLinkIssuer>();
        services.AddScoped<ReferralReport>();
        services.AddScoped<ReferralLetterBuilder>();
        services.AddScoped<ReferralFormOptions>();
        services.AddHostedService<ReferralExpiry>();
        return services;
    }
}
