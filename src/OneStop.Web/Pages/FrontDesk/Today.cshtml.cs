using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Exports;
using OneStop.Web.Features.Beneficiaries;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.FrontDesk;

/// <summary>
/// The day's contacts of a structure with a keyboard-first quick-entry row on top. htmx posts the
/// row and gets back the emptied row plus the refreshed list (out of band); without JavaScript
/// the form posts and redirects as usual.
/// </summary>
public sealed class TodayModel(TodayLoader loader, VisitWriter writer, BeneficiarySearch search, DailyCardBuilder cards, AthensClock clock, IStringLocalizer<FrontDeskResource> t) : PageModel
{
    [BindProperty]
    public QuickEntry Input { get; set; } = new();

    public List<StructureChoice> Structures { get; private set; } = [];
    public TodayView? View { get; private set; }
    public DateOnly Date { get; private set; }
    public List<BeneficiaryHit> Hits { get; private set; } = [];
    public string? Status { get; private set; }

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    public async Task<IActionResult> OnGetAsync(int? structureId, DateOnly? date, bool all, CancellationToken ct)
    {
        if (await LoadAsync(structureId, date, ct, all) is { } missing)
        {
            return missing;
        }

        Input = NewEntry();
        return Page();
    }

    public async Task<IActionResult> OnGetSearchAsync(int structureId, string? q, CancellationToken ct)
    {
        Hits = (await search.SearchAsync(q, 8, ct)).Items;
        return Partial("_SearchResults", this);
    }

    public async Task<IActionResult> OnGetDailyCardPdfAsync(int structureId, DateOnly? date, CancellationToken ct) =>
        await loader.LoadAsync(structureId, date ?? clock.Today, ct, all: true) is { } view
            ? File(DailyCardPdf.Render(cards.Build(view.Day)), "application/pdf", cards.FileName(view.Day, "pdf"))
            : NotFound();

    public async Task<IActionResult> OnGetDailyCardXlsxAsync(int structureId, DateOnly? date, CancellationToken ct) =>
        await loader.LoadAsync(structureId, date ?? clock.Today, ct, all: true) is { } view
            ? File(DailyCardXlsx.Render(cards.Build(view.Day), t["DailyCardSheet"]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", cards.FileName(view.Day, "xlsx"))
            : NotFound();

    public async Task<IActionResult> OnPostAsync(int? structureId, DateOnly? date, CancellationToken ct)
    {
        if (await LoadAsync(structureId, date, ct) is { } missing)
        {
            return missing;
        }

        if (!View!.CanLog)
        {
            return NotFound();
        }

        // The structure and day come from the address, not the form.
        Input.StructureId = View.Day.StructureId;
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.StructureId)}");
        Input.OccurredAt = OccurredAt();
        if (ModelState.IsValid)
        {
            var result = await writer.CreateAsync(Input, ct);
            ModelState.AddInputErrors(result.Errors);

            if (result.Succeeded)
            {
                if (!IsHtmx)
                {
                    TempData["Message"] = t["VisitSaved"].Value;
                    return Redirect(TodayUrl(View.Day.StructureId, Date));
                }

                ModelState.Clear();
                Input = NewEntry();
                View = await loader.LoadAsync(View.Day.StructureId, Date, ct);
                Status = t["VisitSaved"];
            }
        }

        return IsHtmx ? Partial("_QuickEntryResponse", this) : Page();
    }

    public static string TodayUrl(int structureId, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"/FrontDesk/Today?structureId={structureId}&date={date:yyyy-MM-dd}");

    private async Task<IActionResult?> LoadAsync(int? structureId, DateOnly? date, CancellationToken ct, bool all = false)
    {
        Structures = await loader.StructuresAsync(ct);
        Date = date ?? clock.Today;
        var id = structureId ?? Structures.FirstOrDefault()?.Id;
        if (id is null)
        {
            return Page();
        }

        View = await loader.LoadAsync(id.Value, Date, ct, all);
        return View is null ? NotFound() : null;
    }

    private QuickEntry NewEntry() => new()
    {
        StructureId = View?.Day.StructureId,
        Channel = VisitChannel.InPerson,
        Axis = Axis.A,
        Outcome = VisitOutcome.Informed,
    };

    /// <summary>The typed time on the shown day; now when empty on today; a time is needed for another day.</summary>
    private DateTimeOffset? OccurredAt()
    {
        if (TimeOnly.TryParseExact(Input.Time, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new DateTimeOffset(AthensClock.ToUtc(Date, time), TimeSpan.Zero);
        }

        if (string.IsNullOrWhiteSpace(Input.Time) && !View!.IsToday)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Time)}", t["TimeRequiredOtherDay"]);
        }

        return null;
    }
}
