namespace OneStop.Web.Pages.Public;

/// <summary>The accessibility statement that law 4591/2019 (Directive 2016/2102) asks of public bodies' sites.</summary>
public sealed class AccessibilityModel : PublicPageModel
{
    public string Prepared => "26/11/2026";

    public void OnGet()
    {
    }
}
