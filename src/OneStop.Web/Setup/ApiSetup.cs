using System.Text.Json;
using OneStop.Data.Entities;
using OneStop.Web.Api;

namespace OneStop.Web.Setup;

public static class ApiSetup
{
    // Identity's endpoints that need e-mail delivery or let anyone register are not offered:
    // administrators create users and reset passwords.
    private static readonly string[] ClosedIdentityEndpoints =
        ["/register", "/forgotPassword", "/resetPassword", "/confirmEmail", "/resendConfirmationEmail"];

    public static void AddAppApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        });
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "OneStop API";
            doc.Info.Description = "JSON API of OneStop. Sign in with POST /api/v1/auth/login and send the access token as a Bearer token.";
            return Task.CompletedTask;
        }));
        builder.Services.AddScoped<CasesEndpoints.Deps>();
    }

    public static void MapAppEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();

        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.AddEndpointFilter(async (ctx, next) =>
            ClosedIdentityEndpoints.Any(p => ctx.HttpContext.Request.Path.Value!.EndsWith(p, StringComparison.OrdinalIgnoreCase))
                ? TypedResults.NotFound()
                : await next(ctx));
        auth.MapIdentityApi<AppUser>().Add(b =>
        {
            if (b is RouteEndpointBuilder { RoutePattern.RawText: { } route } && (route.EndsWith("/login", StringComparison.Ordinal) || route.EndsWith("/refresh", StringComparison.Ordinal)))
            {
                b.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
            }
        });

        app.MapPublicEndpoints();
        var api = app.MapGroup("/api/v1").RequireAuthorization().RequireAntiforgeryForCookies();
        api.MapStructuresEndpoints();
        api.MapAdminEndpoints();
        api.MapBeneficiariesEndpoints();
        api.MapDuplicatesEndpoints();
        api.MapFrontDeskEndpoints();
        api.MapReferralsEndpoints();
        api.MapPartnersEndpoints();
        api.MapStaffEndpoints();
        api.MapDistributionEndpoints();
        api.MapActivitiesEndpoints();
        api.MapMobileEndpoints();
        api.MapCasesEndpoints();
        api.MapParticipantsEndpoints();
        api.MapReportsEndpoints();
    }
}
