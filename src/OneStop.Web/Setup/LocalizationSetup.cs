using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace OneStop.Web.Setup;

public static class LocalizationSetup
{
    public static readonly CultureInfo Greek = CultureInfo.GetCultureInfo("el-GR");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static void AddAppLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddSingleton<IStringLocalizerFactory, CachingStringLocalizerFactory>();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Greek);
            // The neutral cultures let an API client's "Accept-Language: en" match too.
            o.SupportedCultures = [Greek, English, Greek.Parent, English.Parent];
            o.SupportedUICultures = [Greek, English, Greek.Parent, English.Parent];
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // Greek unless the user chose otherwise (cookie) or, for the API only, asked by Accept-Language.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });
    }

    private sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            httpContext.Request.Path.StartsWithSegments("/api")
                ? base.DetermineProviderCultureResult(httpContext)
                : Task.FromResult<ProviderCultureResult?>(null);
    }
}
