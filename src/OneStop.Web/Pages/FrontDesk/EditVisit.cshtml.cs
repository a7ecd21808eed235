using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.FrontDesk;

/// <summary>Corrects one entry of the daily card: the same day by the staff, older days by a Coordinator.</summary>
public sealed class EditVisitModel(VisitQueries queries, VisitWriter writer, AppDbContext db, IStringLocalizer<FrontDeskResource> t) : PageModel
{
    [BindProperty]
    public QuickEntry Input { get; set; } = new();

    public VisitDto? Visit { get; private set; }
    public List<ServiceChoice> Services { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var v = Visit!;
        Input = new QuickEntry
        {
            StructureId = v.StructureId, BeneficiaryId = v.BeneficiaryId, Anonymous = v.Anonymous, Gender = v.Gender, AgeBand = v.AgeBand,
            Nationality = v.Nationality, Channel = v.Channel, Reason = v.Reason, Axis = v.Axis, Outcome = v.Outcome, Notes = v.Notes,
            ServiceIds = v.Services.Select(s => s.Id).ToList(), Time = v.LocalTime, Version = v.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        Input.StructureId = Visit!.StructureId;
        Input.BeneficiaryId = Visit.BeneficiaryId;
        Input.Anonymous = Visit.Anonymous;
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.StructureId)}");
        if (TimeOnly.TryParseExact(Input.Time, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            Input.OccurredAt = new DateTimeOffset(AthensClock.ToUtc(Visit.Day, time), TimeSpan.Zero);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.UpdateAsync(id, Input, ct);
        if (result.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.AddInputErrors(result.Errors);

        Conflict = result.Conflict;
        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Message"] = t["VisitCorrected"].Value;
        return Redirect(TodayModel.TodayUrl(Visit.StructureId, Visit.Day));
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        Visit = await queries.GetAsync(id, ct);
        if (Visit is null)
        {
            return NotFound();
        }

        if (!await writer.CanCorrectAsync(Visit.StructureId, Visit.Day, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var current = Visit.Services.Select(s => s.Id).ToList();
        Services = await db.Services.AsNoTracking().Where(s => s.StructureId == Visit.StructureId && (s.IsActive || current.Contains(s.Id)))
            .OrderBy(s => s.Axis).ThenBy(s => s.Name)
            .Select(s => new ServiceChoice(s.Id, s.Name, s.Axis.ToString()))
            .ToListAsync(ct);
        return null;
    }
}
