using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Cases;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.Cases;

/// <summary>A staff member's appointments by day or week; booking (also from the Today page) and the calendar feed link.</summary>
public sealed class AppointmentsModel(AppointmentQueries queries, AppointmentWriter writer, CalendarFeeds feeds, PeopleScope people, CurrentUser currentUser,
    AppDbContext db, AthensClock clock, IStringLocalizer<CasesResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? StaffUserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Week { get; set; }

    public AppointmentFields Appointment { get; set; } = new();
    public DateOnly From { get; private set; }
    public List<AppointmentDto> Items { get; private set; } = [];
    public List<CaseworkerDto> Staff { get; private set; } = [];
    public List<(int Id, string Name)> Structures { get; private set; } = [];
    public string? PersonName { get; private set; }
    public bool HasFeed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? structureId, int? beneficiaryId, CancellationToken ct)
    {
        Appointment = new AppointmentFields { StructureId = structureId, BeneficiaryId = beneficiaryId, Date = clock.Today, DurationMinutes = AppointmentWriter.DefaultMinutes };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostBookAsync([Bind(Prefix = nameof(Appointment))] AppointmentFields input, CancellationToken ct)
    {
        Appointment = input;
        if (ModelState.IsValid)
        {
            var result = await writer.BookAsync(input, ct);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["Message"] = t["AppointmentSaved"].Value;
                return Redirect($"/Cases/Appointments?staffUserId={Uri.EscapeDataString(input.StaffUserId!)}&date={input.Date:yyyy-MM-dd}");
            }

            ModelState.AddCaseErrors(nameof(Appointment), result);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(long appointmentId, CancellationToken ct)
    {
        var result = await writer.CancelAsync(appointmentId, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = t["AppointmentCancelled"].Value;
        return Redirect($"/Cases/Appointments?staffUserId={Uri.EscapeDataString(StaffUserId ?? "")}&date={Date:yyyy-MM-dd}&week={Week}");
    }

    public async Task<IActionResult> OnPostFeedAsync(CancellationToken ct)
    {
        var token = await feeds.NewTokenAsync(ct);
        TempData["FeedUrl"] = $"{Request.Scheme}://{Request.Host}{CalendarFeeds.FeedPath(token)}";
        return Redirect("/Cases/Appointments#calendar-feed");
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(CancellationToken ct)
    {
        if (await feeds.RevokeAsync(ct))
        {
            TempData["Message"] = t["CalendarLinkRevoked"].Value;
        }

        return Redirect("/Cases/Appointments#calendar-feed");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write.ToList();
        if (write.Count == 0)
        {
            return false;
        }

        HasFeed = await feeds.HasFeedAsync(ct);

        Structures = (await db.Structures.AsNoTracking().Where(s => write.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
        Staff = (await queries.StaffAsync(ct)).DistinctBy(s => s.UserId).Select(s => new CaseworkerDto(s.UserId, s.Name)).ToList();
        var me = (await currentUser.GetAsync(ct)).UserId;
        StaffUserId = Staff.Any(s => s.UserId == StaffUserId) ? StaffUserId : me;
        Appointment.StaffUserId ??= StaffUserId;
        var day = Date ?? clock.Today;
        From = Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;
        Items = await queries.ForStaffAsync(StaffUserId!, From, Week ? 7 : 1, ct);
        if (Appointment.BeneficiaryId is { } personId)
        {
            PersonName = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == personId && b.Links.Any(l => write.Contains(l.StructureId)))
                .Select(b => b.LastName + " " + b.FirstName).SingleOrDefaultAsync(ct);
            Appointment.BeneficiaryId = PersonName is null ? null : personId;
        }

        return true;
    }
}
