using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Mobile;

namespace OneStop.Web.Api;

/// <summary>
/// POST /api/v1/sync: the offline app's batches. A bearer-token caller needs nothing more; a
/// browser signed in with the cookie sends the antiforgery token (GET /api/v1/sync/token) in the
/// RequestVerificationToken header, checked for every cookie call of the API by CookieAntiforgeryFilter.
/// </summary>
public static class MobileEndpoints
{
    public static void MapMobileEndpoints(this RouteGroupBuilder api)
    {
        var sync = api.MapGroup("/sync").WithTags("Sync");
        sync.MapPost("/", SyncAsync);
        sync.MapGet("/token", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new SyncToken(tokens.HeaderName ?? "RequestVerificationToken", tokens.RequestToken ?? ""));
        });
    }

    private static async Task<IResult> SyncAsync(SyncRequest request, SyncProcessor processor, IStringLocalizer<SharedResource> l, IStringLocalizer<MobileResource> t, CancellationToken ct)
    {
        if (request.Records is not { Count: > 0 and <= SyncProcessor.MaxRecords } records)
        {
            return ApiProblems.Validation(new() { ["records"] = [t["SyncRecordsCount", SyncProcessor.MaxRecords]] }, l);
        }

        return TypedResults.Ok(await processor.ProcessAsync(records, ct));
    }

    public sealed record SyncToken(string HeaderName, string Token);
}
