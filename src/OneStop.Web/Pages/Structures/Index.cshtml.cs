using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Pages.Structures;

public sealed class IndexModel(StructureQueries queries, AccessScope access) : PageModel
{
    public List<StructureListItem> Structures { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Structures = await queries.ListAsync(ct);
        CanCreate = await access.AnywhereAsync(Capability.Administer, ct);
    }
}
