using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Admin.Reference;

/// <summary>Municipalities: every administrator reads the list, only the national one changes it.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class MunicipalitiesModel(AppDbContext db, ReferenceWriter writer, IStringLocalizer<AdminResource> t) : PageModel
{
    public sealed record Row(int Id, string Name, string? Region, bool IsActive, int Version);

    [BindProperty]
    public MunicipalityFields Input { get; set; } = new();

    public List<Row> Rows { get; private set; } = [];
    public int? EditId { get; private set; }
    public bool CanChange { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? edit, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (edit is not null)
        {
            if (!CanChange || Rows.SingleOrDefault(r => r.Id == edit) is not { } row)
            {
                return NotFound();
            }

            EditId = edit;
            Input = new MunicipalityFields { Name = row.Name, Region = row.Region, IsActive = row.IsActive, Version = row.Version };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? edit, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanChange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        EditId = edit;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.SaveMunicipalityAsync(edit, Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = t["Saved"].Value;
            return Redirect("/Admin/Reference/Municipalities");
        }

        Conflict = result.Conflict;
        ModelState.AddInputErrors(result.Errors);

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanChange = await writer.CanChangeNationalListsAsync(ct);
        Rows = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new Row(m.Id, m.Name, m.Region, m.IsActive, m.Version)).ToListAsync(ct);
    }
}
