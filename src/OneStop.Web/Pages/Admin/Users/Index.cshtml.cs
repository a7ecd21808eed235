using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(UserQueries queries) : PageModel
{
    public List<UserDto> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await queries.ListAsync(ct);
}
