using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.FrontDesk;

/// <summary>The front desk confirms a requested appointment at a time, or proposes another; back to the Today page.</summary>
public sealed class AppointmentRequestModel(AppointmentRequests requests, AppDbContext db, OneStop.Web.Features.FrontDesk.AthensClock clock, IStringLocalizer<PublicResource> t) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(int id, AppointmentStatus status, DateOnly? date, TimeOnly? time, int version, CancellationToken ct)
    {
        var result = await requests.AnswerAsync(id, status, date, time, version, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Conflict ? t["RequestChanged"].Value : result.Succeeded ? t["RequestAnswered"].Value : t["TimeRequired"].Value;
        var structureId = await db.AppointmentRequests.Where(a => a.Id == id).Select(a => a.StructureId).SingleAsync(ct);
        return Redirect(TodayModel.TodayUrl(structureId, date ?? clock.Today));
    }
}
