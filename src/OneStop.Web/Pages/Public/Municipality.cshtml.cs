using Microsoft.AspNetCore.Mvc;
using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.Public;

/// <summary>A municipality's public home page: every published structure with today's hours and whether it is open now.</summary>
public sealed class MunicipalityModel(PortalQueries portal) : PublicPageModel
{
    public List<StructureCard> Cards { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int municipalityId, CancellationToken ct)
    {
        if (!await LoadMunicipalityAsync(portal, municipalityId, ct))
        {
            return NotFound();
        }

        Cards = (await portal.StructuresAsync(municipalityId, null, ct))
            .Select(s => new StructureCard(s, portal.Today(s), portal.IsOpenNow(s), portal.Week(s), Full: false)).ToList();
        return Page();
    }
}
