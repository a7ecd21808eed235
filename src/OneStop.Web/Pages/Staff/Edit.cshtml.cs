using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Staff;

namespace OneStop.Web.Pages.Staff;

/// <summary>Adds a staff member (no id) or changes one: person, specialty, contract, structures, user account.</summary>
public sealed class EditModel(StaffQueries queries, StaffWriter writer, IStringLocalizer<StaffResource> t) : PageModel
{
    [BindProperty]
    public StaffFields Input { get; set; } = new();

    public int? Id { get; private set; }
    public bool Conflict { get; private set; }
    public List<StructureOption> Structures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? structureId, CancellationToken ct)
    {
        Structures = await queries.StructuresAsync(ct);
        if (Structures.Count == 0)
        {
            return NotFound();
        }

        if (id is null)
        {
            Input = new StaffFields { StructureIds = structureId is { } s ? [s] : [], WeeklyHours = 40, ContractType = ContractType.FixedTerm };
            return Page();
        }

        if (await queries.GetAsync(id.Value, ct) is not { } staff)
        {
            return NotFound();
        }

        Id = id;
        Input = new StaffFields
        {
            Name = staff.Name, Specialty = staff.Specialty, StructureIds = [.. staff.StructureIds], ContractType = staff.ContractType,
            ContractStart = staff.ContractStart, ContractEnd = staff.ContractEnd, WeeklyHours = staff.WeeklyHours, UserEmail = staff.UserEmail, Version = staff.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Structures = await queries.StructuresAsync(ct);
        Id = id;
        if (Structures.Count == 0 || (id is not null && await queries.GetAsync(id.Value, ct) is null))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.SaveAsync(id, Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = t["StaffSaved", Input.Name!].Value;
            return Redirect($"/Staff/Details/{result.Id}");
        }

        Conflict = result.Conflict;
        ModelState.AddInputErrors(result.Errors);
        return Page();
    }
}
