using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace OneStop.Web.Features.Public;

/// <summary>The answer to a client over the rate limit: a short page (or problem details for the API).</summary>
internal static class TooManyRequests
{
    public static async ValueTask WriteAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.RetryAfter = "600";
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<PublicResource>>();
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.Response.WriteAsJsonAsync(new { type = "https://tools.ietf.org/html/rfc6585#section-4", title = t["TooManyTitle"].Value, status = 429 }, ct);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName ?? "el";
        var title = System.Net.WebUtility.HtmlEncode(t["TooManyTitle"]);
        var text = System.Net.WebUtility.HtmlEncode(t["TooManyText"]);
        await http.Response.WriteAsync($"<!doctype html><html lang=\"{culture}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"stylesheet\" href=\"/css/public.css\"></head><body><main id=\"main\"><h1>{title}</h1><p>{text}</p><p><a href=\"/p\">OneStop</a></p></main></body></html>", ct);
    }
}
