using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Network;

namespace OneStop.Web.Pages.Network;

/// <summary>Adds a partner to a structure's networking plan.</summary>
public sealed class PartnerModel(NetworkStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int StructureId { get; set; }

    [BindProperty]
    public NetworkPartnerFields Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await store.CanRecordAsync(StructureId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await store.CanRecordAsync(StructureId, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await store.AddPartnerAsync(StructureId, Input, ct);
        return Redirect($"/Network?structureId={StructureId}");
    }
}
