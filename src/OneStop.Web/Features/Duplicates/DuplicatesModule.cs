namespace OneStop.Web.Features.Duplicates;

/// <summary>The Duplicates area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class DuplicatesModule
{
    public static IServiceCollection AddDuplicatesModule(this IServiceCollection services) =>
        services
            .AddScoped<LikelyMatches>()
            .AddScoped<DuplicatePairs>()
            .AddScoped<DuplicateDismissals>()
            .AddScoped<MergeAccess>()
            .AddScoped<MergeQueries>()
            .AddScoped<BeneficiaryMerger>();
}
