namespace OneStop.Web.Features.Beneficiaries;

/// <summary>The Beneficiaries area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class BeneficiariesModule
{
    public static IServiceCollection AddBeneficiariesModule(this IServiceCollection services)
    {
        services.AddScoped<IdentifierRules>();
        services.AddScoped<BeneficiaryWriter>();
        services.AddScoped<BeneficiaryQueries>();
        services.AddScoped<BeneficiaryActions>();
        services.AddScoped<BeneficiarySearch>();
        return services;
    }
}
