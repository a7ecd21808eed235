using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Pages.Structures;

/// <summary>The weekly opening hours and dated exceptions of a structure. Rows are added and removed
/// with plain form posts that keep what was typed, so the page works without JavaScript.</summary>
public sealed class HoursModel(StructureQueries queries, StructureScope scope, HoursWriter writer, IStringLocalizer<StructuresResource> t) : PageModel
{
    [BindProperty]
    public HoursFields Input { get; set; } = new();

    public int Id { get; private set; }
    public string StructureName { get; private set; } = "";
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || await queries.GetAsync(id, ct) is not { } s)
        {
            return NotFound();
        }

        Input = new HoursFields
        {
            OpeningHours = s.OpeningHours.Select(h => new IntervalFields { Day = h.Day, Opens = h.Opens, Closes = h.Closes }).ToList(),
            HoursExceptions = s.HoursExceptions.Select(e => new ExceptionFields { Date = e.Date, Closed = e.Closed, Opens = e.Opens, Closes = e.Closes, Note = e.Note }).ToList(),
            Version = s.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await writer.SaveAsync(id, Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = t["HoursSaved"].Value;
            return Redirect($"/Structures/Details/{id}");
        }

        Conflict = result.Conflict;
        ModelState.AddInputErrors(result.Errors);

        return Page();
    }

    public Task<IActionResult> OnPostAddIntervalAsync(int id, CancellationToken ct) =>
        ChangeRowsAsync(id, () => Input.OpeningHours.Add(new IntervalFields { Day = Input.OpeningHours.LastOrDefault()?.Day }), ct);

    public Task<IActionResult> OnPostRemoveIntervalAsync(int id, int row, CancellationToken ct) =>
        ChangeRowsAsync(id, () => RemoveAt(Input.OpeningHours, row), ct);

    public Task<IActionResult> OnPostAddExceptionAsync(int id, CancellationToken ct) =>
        ChangeRowsAsync(id, () => Input.HoursExceptions.Add(new ExceptionFields()), ct);

    public Task<IActionResult> OnPostRemoveExceptionAsync(int id, int row, CancellationToken ct) =>
        ChangeRowsAsync(id, () => RemoveAt(Input.HoursExceptions, row), ct);

    private async Task<IActionResult> ChangeRowsAsync(int id, Action change, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        change();
        // The rows shift, so the posted values must come from the model, not from ModelState.
        ModelState.Clear();
        return Page();
    }

    private static void RemoveAt<T>(List<T> rows, int row)
    {
        if (row >= 0 && row < rows.Count)
        {
            rows.RemoveAt(row);
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await scope.CanManageAsync(id, ct) || await queries.GetAsync(id, ct) is not { } s)
        {
            return false;
        }

        Id = id;
        StructureName = s.Name;
        return true;
    }
}
