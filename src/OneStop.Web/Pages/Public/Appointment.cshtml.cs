using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.Public;

/// <summary>
/// The public appointment request. Bots are kept out without third parties: sends are rate
/// limited per address, and a hidden honeypot field that people never fill is silently dropped.
/// </summary>
[EnableRateLimiting(PublicModule.RequestLimit)]
public sealed class AppointmentModel(PortalQueries portal, AppointmentRequests requests) : PublicPageModel
{
    [BindProperty]
    public AppointmentFields Input { get; set; } = new();

    public List<(int Id, string Name)> Structures { get; private set; } = [];
    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int municipalityId, int? structureId, string? programmes, bool sent, CancellationToken ct)
    {
        if (!await LoadAsync(municipalityId, ct))
        {
            return NotFound();
        }

        Sent = sent;
        Input = new AppointmentFields { StructureId = structureId ?? (Structures.Count == 1 ? Structures[0].Id : null), Programmes = programmes };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int municipalityId, CancellationToken ct)
    {
        if (!await LoadAsync(municipalityId, ct))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Input.Website))
        {
            return Redirect($"/p/{municipalityId}/appointment?sent=true");
        }

        var result = await requests.CreateAsync(municipalityId, Input, ct);
        ModelState.AddInputErrors(result.Errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return Redirect($"/p/{municipalityId}/appointment?sent=true");
    }

    private async Task<bool> LoadAsync(int municipalityId, CancellationToken ct)
    {
        if (!await LoadMunicipalityAsync(portal, municipalityId, ct))
        {
            return false;
        }

        Structures = await portal.ChoicesAsync(municipalityId, ct);
        return true;
    }
}
