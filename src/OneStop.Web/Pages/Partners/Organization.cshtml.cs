using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Partners;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Partners;

/// <summary>Adds or changes an organisation of the directory.</summary>
public sealed class OrganizationModel(PartnerDirectory directory, PartnerWriter writer, DirectoryScope scope, AppDbContext db) : PageModel
{
    [BindProperty]
    public OrganizationFields Input { get; set; } = new();

    public int? Id { get; private set; }
    public List<Option> Municipalities { get; private set; } = [];
    public List<Option> Structures { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is { } existing)
        {
            if (await directory.OrganizationAsync(existing, ct) is not { } o || !await scope.CanEditAsync(o.MunicipalityId, ct))
            {
                return NotFound();
            }

            Input = new OrganizationFields
            {
                MunicipalityId = o.MunicipalityId, Name = o.Name, Kind = o.Kind, StructureId = o.StructureId, Description = o.Description,
                Email = o.Email, Phone = o.Phone, Website = o.Website, Version = o.Version,
            };
        }

        Id = id;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.SaveOrganizationAsync(id, Input, ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Done:
                return Redirect($"/Partners#org-{result.Id}");
            case WriteOutcome.Invalid:
                ModelState.AddInputErrors(result.Errors!);
                return Page();
            case WriteOutcome.Conflict:
                Conflict = true;
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var editable = await scope.EditableMunicipalitiesAsync(ct);
        if (editable.Count == 0)
        {
            return false;
        }

        Municipalities = await db.Municipalities.AsNoTracking().Where(m => editable.Contains(m.Id)).OrderBy(m => m.Name).Select(m => new Option(m.Id, m.Name)).ToListAsync(ct);
        Structures = await db.Structures.AsNoTracking().Where(s => editable.Contains(s.MunicipalityId) && !s.IsProtected && s.IsActive)
            .OrderBy(s => s.Name).Select(s => new Option(s.Id, s.Name)).ToListAsync(ct);
        return true;
    }
}
