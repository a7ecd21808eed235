using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Network;

namespace OneStop.Web.Pages.Network;

/// <summary>Records a publicity action with its material (previews for images).</summary>
public sealed class PublicityModel(NetworkStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int StructureId { get; set; }

    [BindProperty]
    public PublicityFields Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await store.CanRecordAsync(StructureId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await store.CanRecordAsync(StructureId, ct))
        {
            return NotFound();
        }

        var (files, error) = await store.ReadAsync(Files, ct);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Files), error);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await store.AddPublicityAsync(StructureId, Input, files, ct);
        return Redirect($"/Network?structureId={StructureId}");
    }
}
