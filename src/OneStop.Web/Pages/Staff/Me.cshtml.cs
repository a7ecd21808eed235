using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Staff;

namespace OneStop.Web.Pages.Staff;

/// <summary>A staff member checks in and out themselves (the staff record linked to their user account).</summary>
public sealed class MeModel(StaffQueries queries, AttendanceWriter writer, CurrentUser currentUser, AppDbContext db, AthensClock clock, IStringLocalizer<StaffResource> t) : PageModel
{
    public sealed record Today(StaffDto Staff, Dictionary<int, string> Structures, string? In, string? Out, int? StructureId);

    public List<Today> Records { get; private set; } = [];
    public DateOnly Date { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int staffId, int? structureId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var result = await writer.CheckNowAsync(staffId, structureId, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            foreach (var (_, message) in result.Errors)
            {
                ModelState.AddModelError("", message);
            }

            return Page();
        }

        TempData["Message"] = t["CheckSaved"].Value;
        return Redirect("/Staff/Me");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (currentUser.Id is not { } me)
        {
            return false;
        }

        Date = clock.Today;
        var staff = await queries.OfUserAsync(me, ct);
        var ids = staff.Select(s => s.Id).ToList();
        var today = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.StaffAttendance.Where(a => ids.Contains(a.StaffMemberId) && a.Day == Date), ct);
        foreach (var s in staff)
        {
            var record = today.SingleOrDefault(a => a.StaffMemberId == s.Id);
            Records.Add(new Today(s, await queries.StructureNamesAsync(s.StructureIds, ct),
                record?.InAt is { } i ? AttendanceWriter.Local(i) : null,
                record?.OutAt is { } o ? AttendanceWriter.Local(o) : null,
                record?.StructureId));
        }

        return true;
    }
}
