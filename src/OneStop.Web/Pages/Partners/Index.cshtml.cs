using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Partners;

namespace OneStop.Web.Pages.Partners;

/// <summary>The partner directory: organisations and their services, with entries not verified for a year flagged.</summary>
public sealed class IndexModel(PartnerDirectory directory, DirectoryScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Stale { get; set; }

    public List<OrganizationDto> Organizations { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organizations = await directory.OrganizationsAsync(Q, Stale, ct);
        CanEdit = (await scope.EditableMunicipalitiesAsync(ct)).Count > 0;
    }
}
