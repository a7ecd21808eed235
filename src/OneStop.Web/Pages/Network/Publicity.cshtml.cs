using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Network;

namespace OneStop.Web.Pages.Network;

/// <summary>Records a publicity action with its material (previews for images); with an id, corrects or deletes one.</summary>
public sealed class PublicityModel(NetworkStore store, IStringLocalizer<NetworkResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int StructureId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public PublicityFields Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    /// <summary>The material already attached (when correcting an action).</summary>
    public List<MaterialFile> Material { get; private set; } = [];

    private Data.Entities.PublicityAction? action;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (action is not null)
        {
            Input = PublicityFields.From(action);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
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

        if (Id is { } id)
        {
            await store.UpdatePublicityAsync(StructureId, id, Input, files, ct);
        }
        else
        {
            await store.AddPublicityAsync(StructureId, Input, files, ct);
        }

        return Back();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id || !await LoadAsync(ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!ConfirmDelete)
        {
            Input = PublicityFields.From(action!);
            ModelState.AddModelError(nameof(ConfirmDelete), t["ConfirmDeleteRequired"]);
            return Page();
        }

        await store.DeletePublicityAsync(StructureId, id, ct);
        TempData["Message"] = t["Deleted"].Value;
        return Back();
    }

    /// <summary>False (404) when the user does not record for the structure, or it has no such action.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await store.CanRecordAsync(StructureId, ct) || (Id is { } id && (action = await store.PublicityAsync(StructureId, id, ct)) is null))
        {
            return false;
        }

        Material = action is not null ? await store.MaterialAsync(null, action.Id, ct) : [];
        return true;
    }

    private RedirectResult Back() => Redirect($"/Network?structureId={StructureId}");
}
