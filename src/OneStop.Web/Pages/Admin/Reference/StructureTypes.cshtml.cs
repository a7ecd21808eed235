using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Admin.Reference;

/// <summary>Structure types: only the national administrator changes them; the code is fixed once created.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class StructureTypesModel(AppDbContext db, ReferenceWriter writer, IStringLocalizer<AdminResource> t) : PageModel
{
    public sealed record Row(int Id, string Code, string NameEl, string NameEn, int SortOrder, bool IsActive, int Version);

    [BindProperty]
    public StructureTypeFields Input { get; set; } = new();

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
            Input = new StructureTypeFields { Code = row.Code, NameEl = row.NameEl, NameEn = row.NameEn, SortOrder = row.SortOrder, IsActive = row.IsActive, Version = row.Version };
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
        if (edit is not null && Rows.SingleOrDefault(r => r.Id == edit) is { } existing)
        {
            Input.Code = existing.Code;
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Code)}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.SaveStructureTypeAsync(edit, Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = t["Saved"].Value;
            return Redirect("/Admin/Reference/StructureTypes");
        }

        Conflict = result.Conflict;
        ModelState.AddInputErrors(result.Errors);

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanChange = await writer.CanChangeNationalListsAsync(ct);
        Rows = await db.StructureTypes.AsNoTracking().OrderBy(x => x.SortOrder).ThenBy(x => x.Code)
            .Select(x => new Row(x.Id, x.Code, x.NameEl, x.NameEn, x.SortOrder, x.IsActive, x.Version)).ToListAsync(ct);
    }
}
