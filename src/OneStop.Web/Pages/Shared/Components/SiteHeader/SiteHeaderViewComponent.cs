using Microsoft.AspNetCore.Mvc;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Navigation;

namespace OneStop.Web.Pages.Shared.Components.SiteHeader;

/// <summary>The site header: brand, the main menu the user may use, language and account. A view
/// component, so the layout injects no service (the layer test forbids it).</summary>
public sealed class SiteHeaderViewComponent(MainMenu menu) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var (me, groups) = await menu.ForCurrentUserAsync();
        return View(new SiteHeaderModel(me, groups));
    }
}

public sealed record SiteHeaderModel(UserAccess Me, IReadOnlyList<MenuGroup> Groups);
