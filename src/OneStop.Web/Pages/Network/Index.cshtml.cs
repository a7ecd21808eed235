using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Network;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Network;

/// <summary>A structure's networking plan (partners, meetings) and publicity actions for a period, with their material.</summary>
public sealed class IndexModel(NetworkStore store, NetworkMaterial material, AthensClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? StructureId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public List<Option> Structures { get; private set; } = [];
    public NetworkPeriod? Period { get; private set; }
    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Structures = await (await store.StructuresAsync(ct)).AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name)
            .Select(s => new Option(s.Id, s.Name)).Take(500).ToListAsync(ct);
        StructureId ??= Structures.FirstOrDefault()?.Id;
        if (StructureId is not { } id)
        {
            return Page();
        }

        if (!await store.CanSeeAsync(id, ct))
        {
            return NotFound();
        }

        From ??= new DateOnly(clock.Today.Year, 1, 1);
        To ??= clock.Today;
        Period = await material.ForPeriod(id, From.Value, To.Value, ct);
        CanRecord = await store.CanRecordAsync(id, ct);
        return Page();
    }
}
