using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Network;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Network;

/// <summary>Records a meeting or cooperation of the networking plan, with minutes and uploaded material.</summary>
public sealed class MeetingModel(NetworkStore store, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int StructureId { get; set; }

    [BindProperty]
    public MeetingFields Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public List<Option> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

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

        await store.AddMeetingAsync(StructureId, Input, files, ct);
        return Redirect($"/Network?structureId={StructureId}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await store.CanRecordAsync(StructureId, ct))
        {
            return false;
        }

        Partners = await db.NetworkPartners.AsNoTracking().Where(p => p.StructureId == StructureId).OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync(ct);
        return true;
    }
}
