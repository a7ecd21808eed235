using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Pages.Participants;

/// <summary>The structure's six-month follow-ups that are overdue or due within 30 days.</summary>
public sealed class FollowUpsModel(ParticipationAccess access, ParticipationQueries queries, AthensClock clock) : PageModel
{
    public List<EsfStructure> Structures { get; private set; } = [];
    public int? StructureId { get; private set; }
    public List<ParticipationDto> Due { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? structureId, CancellationToken ct)
    {
        Today = clock.Today;
        Structures = await access.ReadableStructuresAsync(ct);
        StructureId = structureId ?? (Structures.Count > 0 ? Structures[0].Id : null);
        if (StructureId is not { } id)
        {
            return Page();
        }

        if (await queries.FollowUpsAsync(id, ct) is not { } due)
        {
            return NotFound();
        }

        Due = due;
        CanWrite = await access.CanWriteAsync(id, ct);
        return Page();
    }
}
