using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Activities;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.Activities;

/// <summary>A structure's group activities, and a new one (a single date or a weekly series).</summary>
public sealed class IndexModel(TodayLoader structures, ActivityQueries queries, ActivityWriter writer, PeopleScope people, AthensClock clock, IStringLocalizer<ActivitiesResource> t) : PageModel
{
    [BindProperty]
    public ActivityFields Input { get; set; } = new();

    public List<StructureChoice> Structures { get; private set; } = [];
    public int? StructureId { get; private set; }
    public List<ActivityDto> Activities { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? structureId, CancellationToken ct)
    {
        Input.FirstDay = clock.Today;
        return await LoadAsync(structureId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int? structureId, CancellationToken ct)
    {
        if (!await LoadAsync(structureId, ct) || !CanCreate)
        {
            return NotFound();
        }

        Input.StructureId = StructureId;
        ModelState.Remove("Input.StructureId");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.CreateAsync(Input, ct);
        if (!result.Succeeded)
        {
            ModelState.AddInputErrors(result.Errors);
            return Page();
        }

        TempData["Message"] = t["ActivityCreated", Input.Title!].Value;
        return Redirect($"/Activities?structureId={StructureId}");
    }

    private async Task<bool> LoadAsync(int? structureId, CancellationToken ct)
    {
        Structures = await structures.StructuresAsync(ct);
        StructureId = structureId ?? Structures.FirstOrDefault()?.Id;
        if (StructureId is not { } id)
        {
            return structureId is null;
        }

        if (await queries.ForStructureAsync(id, ct) is not { } list)
        {
            return false;
        }

        Activities = list;
        CanCreate = await people.CanWorkInAsync(id, ct);
        return true;
    }
}
