using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Staff;

namespace OneStop.Web.Pages.Staff;

/// <summary>The staff registry of a structure the user manages.</summary>
public sealed class IndexModel(StaffQueries queries, CurrentUser currentUser) : PageModel
{
    public List<StructureOption> Structures { get; private set; } = [];
    public int? StructureId { get; private set; }
    public List<StaffDto> Staff { get; private set; } = [];
    public bool IsStaffMember { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? structureId, CancellationToken ct)
    {
        Structures = await queries.StructuresAsync(ct);
        IsStaffMember = currentUser.Id is { } me && (await queries.OfUserAsync(me, ct)).Count > 0;
        if (Structures.Count == 0)
        {
            return IsStaffMember ? Redirect("/Staff/Me") : NotFound();
        }

        StructureId = structureId ?? Structures[0].Id;
        if (await queries.ListAsync(StructureId.Value, ct) is not { } staff)
        {
            return NotFound();
        }

        Staff = staff;
        return Page();
    }
}
