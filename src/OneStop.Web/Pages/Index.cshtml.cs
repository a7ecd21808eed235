using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Pages;

public sealed class IndexModel(CurrentUser currentUser, StructureQueries structures) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public List<StructureListItem> Structures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = (await currentUser.GetAsync(ct)).DisplayName;
        Structures = await structures.ListAsync(ct);
    }
}
