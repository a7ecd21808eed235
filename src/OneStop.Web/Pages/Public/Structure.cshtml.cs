using Microsoft.AspNetCore.Mvc;
using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.Public;

/// <summary>One structure's page; a protected or inactive one answers 404 like one that does not exist.</summary>
public sealed class StructureModel(PortalQueries portal) : PublicPageModel
{
    public StructureCard? Card { get; private set; }

    public async Task<IActionResult> OnGetAsync(int municipalityId, int id, CancellationToken ct)
    {
        if (!await LoadMunicipalityAsync(portal, municipalityId, ct) || await portal.StructureAsync(municipalityId, id, ct) is not { } s)
        {
            return NotFound();
        }

        Card = new StructureCard(s, portal.Today(s), portal.IsOpenNow(s), portal.Week(s), Full: true);
        return Page();
    }
}
