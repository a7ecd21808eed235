using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using OneStop.Web.Setup;

namespace OneStop.Web.Api;

public static class CultureEndpoint
{
    /// <summary>The language switch in the page header: remembers the choice in a cookie for a year.</summary>
    public static void MapCultureEndpoint(this WebApplication app) =>
        app.MapPost("/culture", ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext http) =>
        {
            var chosen = culture == LocalizationSetup.English.Name ? LocalizationSetup.English : LocalizationSetup.Greek;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();
}
