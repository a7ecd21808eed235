using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;

namespace OneStop.Web.Api;

/// <summary>
/// A browser sends its sign-in cookie with any request, also one started by another site. So a
/// state-changing API call authenticated by the cookie must carry the antiforgery token
/// (header <c>RequestVerificationToken</c>, from <c>GET /api/v1/sync/token</c>), as the site's own forms do;
/// a call with a bearer token — which no other site can attach — needs none (ADR 061).
/// </summary>
public static class CookieAntiforgeryFilter
{
    public static RouteGroupBuilder RequireAntiforgeryForCookies(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (ctx, next) =>
        {
            var http = ctx.HttpContext;
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method)
                || http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || http.User.Identity?.IsAuthenticated != true)
            {
                return await next(ctx);
            }

            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (await antiforgery.IsRequestValidAsync(http))
            {
                return await next(ctx);
            }

            var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return ApiProblems.Validation(new() { ["requestVerificationToken"] = [l["AntiforgeryRequired"]] }, l);
        });
        return group;
    }
}
