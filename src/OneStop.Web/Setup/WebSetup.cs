using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Setup;

public static class WebSetup
{
    public static void AddAppWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages()
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => ModelTexts.ForModel(factory, type));
        builder.Services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, ModelBindingMessages>();
        builder.Services.Configure<ForwardedHeadersOptions>(o => ReverseProxy.Configure(o, builder.Configuration));
        builder.Services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        builder.Services.AddProblemDetails();
        // Greek is written as UTF-8, not as &#x...; entities: pages stay small and readable.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddExceptionHandler<OneStop.Web.Api.ApiBadRequestHandler>();
        // Bad request bodies throw in every environment so that ApiBadRequestHandler answers them alike.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOptions<UploadOptions>().BindConfiguration("OneStop:Uploads").ValidateDataAnnotations().ValidateOnStart();
    }

    public static void UseAppPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", CreateScopeForErrors = true });
        app.UseStatusCodePages(ApiAwareStatusCodePages.WriteAsync);
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<DisabledUserMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
    }
}

/// <summary>A disabled or deleted user's cookie or token stops working on the next request.</summary>
internal sealed class DisabledUserMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        if (context.User.Identity?.IsAuthenticated == true && !(await currentUser.GetAsync(context.RequestAborted)).IsActive)
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        }

        await next(context);
    }
}

/// <summary>Empty error responses become problem details for the API and a friendly page for people.</summary>
internal static class ApiAwareStatusCodePages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http });
            return;
        }

        if (http.Response.StatusCode is StatusCodes.Status404NotFound or StatusCodes.Status400BadRequest)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName ?? "el";
            var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            var title = System.Net.WebUtility.HtmlEncode(l["NotFoundTitle"]);
            var body = System.Net.WebUtility.HtmlEncode(l["NotFoundText"]);
            var home = System.Net.WebUtility.HtmlEncode(l["BackHome"]);
            await http.Response.WriteAsync($"<!doctype html><html lang=\"{culture}\"><head><meta charset=\"utf-8\"><title>{title} – OneStop</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\"><h1>{title}</h1><p>{body}</p><p><a href=\"/\">{home}</a></p></main></body></html>");
        }
    }
}
