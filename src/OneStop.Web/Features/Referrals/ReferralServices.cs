using OneStop.Web.Features.Network;
using OneStop.Web.Features.Partners;

namespace OneStop.Web.Features.Referrals;

public static class ReferralServices
{
    public static IServiceCollection AddReferrals(this IServiceCollection services)
    {
        services.AddScoped<DirectoryScope>();
        services.AddScoped<PartnerDirectory>();
        services.AddScoped<PartnerWriter>();
        services.AddScoped<HsdsImport>();
        services.AddScoped<ReferralScope>();
        services.AddScoped<ReferralWriter>();
        services.AddScoped<ReferralQueries>();
        services.AddScoped<ReferralLinks>();
        services.AddScoped<ReferralLinkIssuer>();
        services.AddScoped<ReferralReport>();
        services.AddScoped<ReferralLetterBuilder>();
        services.AddScoped<ReferralFormOptions>();
        services.AddHostedService<ReferralExpiry>();
        services.AddNetwork();
        return services;
    }
}
