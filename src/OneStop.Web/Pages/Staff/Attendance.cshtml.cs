using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Staff;

namespace OneStop.Web.Pages.Staff;

/// <summary>The Coordinator records a day's check-ins and check-outs for the whole structure and prints the sheet.</summary>
public sealed class AttendanceModel(StaffQueries queries, AttendanceWriter writer, AthensClock clock, IStringLocalizer<StaffResource> t) : PageModel
{
    [BindProperty]
    public DayInput Input { get; set; } = new();

    public List<StructureOption> Structures { get; private set; } = [];
    public AttendanceDay Day { get; private set; } = null!;
    public DateOnly Date { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? structureId, DateOnly? date, CancellationToken ct)
    {
        if (!await LoadAsync(structureId, date, ct))
        {
            return NotFound();
        }

        Input = new DayInput { Rows = Day.Lines.Select(l => new RowInput { StaffId = l.StaffId, In = l.In, Out = l.Out }).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? structureId, DateOnly? date, CancellationToken ct)
    {
        if (!await LoadAsync(structureId, date, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = 0;
        for (var i = 0; i < Input.Rows.Count; i++)
        {
            var row = Input.Rows[i];
            if (Day.Lines.SingleOrDefault(l => l.StaffId == row.StaffId) is not { } line || (Blank(row.In) == line.In && Blank(row.Out) == line.Out))
            {
                continue;
            }

            var result = await writer.RecordAsync(row.StaffId, new AttendanceFields { Date = Date, In = Blank(row.In), Out = Blank(row.Out), StructureId = Day.StructureId }, ct);
            foreach (var (field, message) in result.Errors)
            {
                var key = field is nameof(AttendanceFields.In) or nameof(AttendanceFields.Out) ? field : nameof(RowInput.In);
                ModelState.AddModelError($"Input.Rows[{i}].{key}", message);
            }

            saved += result.Succeeded ? 1 : 0;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData["Message"] = t["AttendanceSaved", saved].Value;
        return Redirect(DayUrl(Day.StructureId, Date));
    }

    public static string DayUrl(int structureId, DateOnly date) =>
        $"/Staff/Attendance?structureId={structureId}&date={date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> LoadAsync(int? structureId, DateOnly? date, CancellationToken ct)
    {
        Structures = await queries.StructuresAsync(ct);
        var id = structureId ?? Structures.FirstOrDefault()?.Id;
        Date = date ?? clock.Today;
        if (id is null || await queries.DayAsync(id.Value, Date, ct) is not { } day)
        {
            return false;
        }

        Day = day;
        return true;
    }

    [TextResource(typeof(StaffResource))]
    public sealed class DayInput
    {
        public List<RowInput> Rows { get; set; } = [];
    }

    [TextResource(typeof(StaffResource))]
    public sealed class RowInput
    {
        public int StaffId { get; set; }

        [Display(Name = "In")]
        [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "InvalidTime")]
        public string? In { get; set; }

        [Display(Name = "Out")]
        [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "InvalidTime")]
        public string? Out { get; set; }
    }
}
