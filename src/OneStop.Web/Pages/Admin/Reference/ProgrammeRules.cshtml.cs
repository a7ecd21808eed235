using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.Admin.Reference;

/// <summary>A programme's published eligibility rules, kept by administrators as data.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class ProgrammeRulesModel(AppDbContext db, EligibilityRuleWriter writer) : PageModel
{
    [BindProperty]
    public EligibilityRuleFields Input { get; set; } = new();

    public int ProgrammeId { get; private set; }
    public string ProgrammeName { get; private set; } = "";
    public List<EligibilityRule> Rules { get; private set; } = [];
    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(int programmeId, CancellationToken ct) =>
        await LoadAsync(programmeId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int programmeId, CancellationToken ct)
    {
        if (!await LoadAsync(programmeId, ct) || !CanChange)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            ModelState.AddInputErrors(await writer.AddAsync(programmeId, Input, ct));
        }

        return ModelState.IsValid ? Redirect($"/Admin/Reference/ProgrammeRules?programmeId={programmeId}") : Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int programmeId, int ruleId, CancellationToken ct)
    {
        if (!await LoadAsync(programmeId, ct) || !CanChange)
        {
            return NotFound();
        }

        await writer.RemoveAsync(programmeId, ruleId, ct);
        return Redirect($"/Admin/Reference/ProgrammeRules?programmeId={programmeId}");
    }

    private async Task<bool> LoadAsync(int programmeId, CancellationToken ct)
    {
        var programme = await db.Programmes.AsNoTracking().Include(p => p.Rules).SingleOrDefaultAsync(p => p.Id == programmeId, ct);
        if (programme is null)
        {
            return false;
        }

        (ProgrammeId, ProgrammeName, Rules) = (programme.Id, programme.NameEl, programme.Rules.OrderBy(r => r.Field).ThenBy(r => r.Id).ToList());
        CanChange = await writer.CanChangeAsync(ct);
        return true;
    }
}
