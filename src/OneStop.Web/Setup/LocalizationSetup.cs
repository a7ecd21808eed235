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

    /// <summary>The localizer for a model: its area's texts first, then the shared ones.</summary>
    public static IStringLocalizer ForModel(IStringLocalizerFactory factory, Type modelType)
    {
        var area = (modelType.GetCustomAttribute<TextResourceAttribute>() ?? modelType.DeclaringType?.GetCustomAttribute<TextResourceAttribute>())?.Resource;
        var shared = factory.Create(typeof(SharedResource));
        return area is null ? shared : new CompositeStringLocalizer(factory.Create(area), shared);
    }

    private sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            httpContext.Request.Path.StartsWithSegments("/api")
                ? base.DetermineProviderCultureResult(httpContext)
                : Task.FromResult<ProviderCultureResult?>(null);
    }
}

/// <summary>Looks a text up in the first localizer that has it.</summary>
internal sealed class CompositeStringLocalizer(params IStringLocalizer[] localizers) : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name, l => l[name]);

    public LocalizedString this[string name, params object[] arguments] => Find(name, l => l[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        localizers.SelectMany(l => l.GetAllStrings(includeParentCultures));

    private LocalizedString Find(string name, Func<IStringLocalizer, LocalizedString> get)
    {
        foreach (var localizer in localizers)
        {
            var value = get(localizer);
            if (!value.ResourceNotFound)
            {
                return value;
            }
        }

        return get(localizers[^1]);
    }
}
