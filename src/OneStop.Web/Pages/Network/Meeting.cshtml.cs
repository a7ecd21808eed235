using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Network;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Network;

/// <summary>Records a meeting or cooperation of the networking plan, with minutes and uploaded material; with an id, corrects or deletes one.</summary>
public sealed class MeetingModel(NetworkStore store, AppDbContext db, IStringLocalizer<NetworkResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int StructureId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public MeetingFields Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public List<Option> Partners { get; private set; } = [];

    private Data.Entities.NetworkMeeting? meeting;

    /// <summary>The material already attached (when correcting a meeting).</summary>
    public List<MaterialFile> Material { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (meeting is not null)
        {
            Input = MeetingFields.From(meeting);
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
            await store.UpdateMeetingAsync(StructureId, id, Input, files, ct);
        }
        else
        {
            await store.AddMeetingAsync(StructureId, Input, files, ct);
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
            Input = MeetingFields.From(meeting!);
            ModelState.AddModelError(nameof(ConfirmDelete), t["ConfirmDeleteRequired"]);
            return Page();
        }

        await store.DeleteMeetingAsync(StructureId, id, ct);
        TempData["Message"] = t["Deleted"].Value;
        return Back();
    }

    /// <summary>False (404) when the user does not record for the structure, or it has no such meeting.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await store.CanRecordAsync(StructureId, ct) || (Id is { } id && (meeting = await store.MeetingAsync(StructureId, id, ct)) is null))
        {
            return false;
        }

        Partners = await db.NetworkPartners.AsNoTracking().Where(p => p.StructureId == StructureId).OrderBy(p => p.Name).Select(p => new Option(p.Id, p.Name)).ToListAsync(ct);
        Material = meeting is not null ? await store.MaterialAsync(meeting.Id, null, ct) : [];
        return true;
    }

    private RedirectResult Back() => Redirect($"/Network?structureId={StructureId}");
}
