using Microsoft.AspNetCore.Mvc;
using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.Public;

/// <summary>The programmes and benefits the centre helps with, as the administrators publish them.</summary>
public sealed class ProgrammesModel(PortalQueries portal, ProgrammeContent programmes) : PublicPageModel
{
    public List<ProgrammeView> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int municipalityId, CancellationToken ct)
    {
        if (!await LoadMunicipalityAsync(portal, municipalityId, ct))
        {
            return NotFound();
        }

        Rows = await programmes.AllAsync(IsEnglish, ct);
        return Page();
    }
}
