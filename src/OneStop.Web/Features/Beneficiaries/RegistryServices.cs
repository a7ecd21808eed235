namespace OneStop.Web.Features.Beneficiaries;

public static class RegistryServices
{
    public static IServiceCollection AddRegistry(this IServiceCollection services)
    {
        services.AddScoped<IdentifierRules>();
        services.AddScoped<BeneficiaryWriter>();
        services.AddScoped<BeneficiaryQueries>();
        services.AddScoped<BeneficiaryActions>();
        return services;
    }
}
