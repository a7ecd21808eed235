using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Pages.Participants;

/// <summary>A structure's ESF participants, newest entry first, with their completeness.</summary>
public sealed class IndexModel(ParticipationAccess access, ParticipationQueries queries) : PageModel
{
    public const int PageSize = 50;

    public List<EsfStructure> Structures { get; private set; } = [];
    public ParticipantPage? List { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? structureId, int? pageNumber, CancellationToken ct)
    {
        Structures = await access.ReadableStructuresAsync(ct);
        var id = structureId ?? (Structures.Count > 0 ? Structures[0].Id : (int?)null);
        if (id is null)
        {
            return Page();
        }

        List = await queries.ListAsync(id.Value, pageNumber ?? 1, PageSize, ct);
        if (List is null)
        {
            return NotFound();
        }

        CanWrite = await access.CanWriteAsync(id.Value, ct);
        return Page();
    }
}
