using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Network;

namespace OneStop.Web.Pages.Network;

/// <summary>Adds a partner to a structure's networking plan, or (with an id) corrects or deletes one.</summary>
public sealed class PartnerModel(NetworkStore store, IStringLocalizer<NetworkResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int StructureId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public NetworkPartnerFields Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await store.CanRecordAsync(StructureId, ct))
        {
            return NotFound();
        }

        if (Id is { } id)
        {
            if (await store.PartnerAsync(StructureId, id, ct) is not { } p)
            {
                return NotFound();
            }

            Input = NetworkPartnerFields.From(p);
        }

        return Page();
    }

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

        if (Id is { } id)
        {
            return await store.UpdatePartnerAsync(StructureId, id, Input, ct) ? Back() : NotFound();
        }

        await store.AddPartnerAsync(StructureId, Input, ct);
        return Back();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await store.CanRecordAsync(StructureId, ct) || Id is not { } id)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!ConfirmDelete)
        {
            if (await store.PartnerAsync(StructureId, id, ct) is not { } p)
            {
                return NotFound();
            }

            Input = NetworkPartnerFields.From(p);
            ModelState.AddModelError(nameof(ConfirmDelete), t["ConfirmDeleteRequired"]);
            return Page();
        }

        if (!await store.DeletePartnerAsync(StructureId, id, ct))
        {
            return NotFound();
        }

        TempData["Message"] = t["Deleted"].Value;
        return Back();
    }

    private RedirectResult Back() => Redirect($"/Network?structureId={StructureId}");
}
