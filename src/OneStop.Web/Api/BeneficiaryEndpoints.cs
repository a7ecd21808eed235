using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Api;

public static class BeneficiaryEndpoints
{
    public static void MapBeneficiaryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/beneficiaries").WithTags("Beneficiaries");
        group.MapGet("/", async (string? q, int? take, BeneficiarySearch search, CancellationToken ct) =>
            TypedResults.Ok(await search.SearchAsync(q, take ?? 20, ct)));
    }
}
