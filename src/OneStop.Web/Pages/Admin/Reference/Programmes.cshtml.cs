using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Admin.Reference;

/// <summary>Programmes the centre links people to: every administrator keeps the list.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class ProgrammesModel(AppDbContext db, ReferenceWriter writer, IStringLocalizer<AdminResource> t) : PageModel
{
    public sealed record Row(int Id, string Code, string NameEl, string NameEn, string? Description, string? Authority, bool IsActive, int Version,
        string? SummaryEl, string? SummaryEn, string? EligibilityEl, string? EligibilityEn, string? DocumentsEl, string? DocumentsEn, int RuleCount);

    [BindProperty]
    public ProgrammeFields Input { get; set; } = new();

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
            Input = new ProgrammeFields { Code = row.Code, NameEl = row.NameEl, NameEn = row.NameEn, Description = row.Description, Authority = row.Authority, IsActive = row.IsActive, Version = row.Version,
                SummaryEl = row.SummaryEl, SummaryEn = row.SummaryEn, EligibilityEl = row.EligibilityEl, EligibilityEn = row.EligibilityEn, DocumentsEl = row.DocumentsEl, DocumentsEn = row.DocumentsEn };
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

        var result = await writer.SaveProgrammeAsync(edit, Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = t["Saved"].Value;
            return Redirect("/Admin/Reference/Programmes");
        }

        Conflict = result.Conflict;
        ModelState.AddInputErrors(result.Errors);

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanChange = await writer.CanChangeProgrammesAsync(ct);
        Rows = await db.Programmes.AsNoTracking().OrderBy(p => p.NameEl)
            .Select(p => new Row(p.Id, p.Code, p.NameEl, p.NameEn, p.Description, p.Authority, p.IsActive, p.Version,
                p.SummaryEl, p.SummaryEn, p.EligibilityEl, p.EligibilityEn, p.DocumentsEl, p.DocumentsEn, p.Rules.Count)).ToListAsync(ct);
    }
}
