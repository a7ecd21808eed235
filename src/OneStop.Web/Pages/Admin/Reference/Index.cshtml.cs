using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Pages.Admin.Reference;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
