namespace OneStop.Web.Features.Duplicates;

public static class DuplicatesServices
{
    public static IServiceCollection AddDuplicates(this IServiceCollection services) =>
        services
            .AddScoped<LikelyMatches>()
            .AddScoped<DuplicatePairs>()
            .AddScoped<DuplicateDismissals>()
            .AddScoped<MergeAccess>()
            .AddScoped<MergeQueries>()
            .AddScoped<BeneficiaryMerger>();
}
