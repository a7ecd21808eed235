using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Cases;

namespace OneStop.Web.Pages.Cases;

/// <summary>The confidential notes of a case: Caseworkers and Coordinators of its structure only; every read is audited.</summary>
public sealed class NotesModel(CaseNotes notes, AppDbContext db, IStringLocalizer<CasesResource> t) : PageModel
{
    public int CaseId { get; private set; }
    public string PersonName { get; private set; } = "";
    public List<CaseNoteDto> Notes { get; private set; } = [];

    [BindProperty]
    public NoteFields Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await notes.CanUseAsync(id, ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await notes.AddAsync(id, Input, ct);
            if (result.Succeeded)
            {
                TempData["Message"] = t["NoteSaved"].Value;
                return Redirect($"/Cases/Notes/{id}");
            }

            ModelState.AddInputErrors(result.Errors);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await notes.ReadAsync(id, ct) is not { } found)
        {
            return false;
        }

        CaseId = id;
        Notes = found;
        PersonName = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.Beneficiary!.LastName + " " + c.Beneficiary.FirstName).SingleAsync(ct);
        return true;
    }
}
