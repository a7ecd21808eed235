using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Staff;

namespace OneStop.Web.Pages.Staff;

/// <summary>A staff member's contract and leave; the Coordinator records leave here.</summary>
public sealed class DetailsModel(StaffQueries queries, StaffWriter writer, IStringLocalizer<StaffResource> t) : PageModel
{
    [BindProperty]
    public LeaveFields Input { get; set; } = new();

    public StaffDto Staff { get; private set; } = null!;
    public Dictionary<int, string> StructureNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.AddLeaveAsync(id, Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddInputErrors(result.Errors);
            return Page();
        }

        TempData["Message"] = t["LeaveSaved"].Value;
        return Redirect($"/Staff/Details/{id}");
    }

    public async Task<IActionResult> OnPostDeleteLeaveAsync(int id, int leaveId, CancellationToken ct)
    {
        var result = await writer.DeleteLeaveAsync(id, leaveId, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = t["LeaveDeleted"].Value;
        return Redirect($"/Staff/Details/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } staff)
        {
            return false;
        }

        Staff = staff;
        StructureNames = await queries.StructureNamesAsync(staff.StructureIds, ct);
        return true;
    }
}
