using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;
using OneStop.Web.Setup;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Pages.Structures;

public sealed class EditModel(AppDbContext db, StructureScope scope, RegulationStore regulations, IOptions<UploadOptions> uploads, StructureWriter writer, StructureQueries queries, IStringLocalizer<StructuresResource> t)
    : StructureFormModel(db, scope, regulations, uploads)
{
    public int Id { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await Scope.CanManageAsync(id, ct) || await queries.GetAsync(id, ct) is not { } s)
        {
            return NotFound();
        }

        Id = id;
        Input = new StructureFields
        {
            Name = s.Name, Type = s.Type, ParentId = s.ParentId, MunicipalityId = s.MunicipalityId, Address = s.Address,
            PostalCode = s.PostalCode, Phone = s.Phone, Email = s.Email, IsProtected = s.IsProtected,
            Accessibility = s.Accessibility, AccessibilityNotes = s.AccessibilityNotes, Version = s.Version,
        };
        await LoadOptionsAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await Scope.CanManageAsync(id, ct))
        {
            return NotFound();
        }

        Id = id;
        var regulation = await ReadRegulationAsync(ct);
        if (ModelState.IsValid)
        {
            var result = await writer.UpdateAsync(id, Input, Input.Version, ct);
            AddErrors(result.Errors);
            Conflict = result.Conflict;
            if (result.Succeeded)
            {
                if (regulation is not null)
                {
                    await AttachRegulationAsync(id, regulation, ct);
                }

                TempData["Message"] = t["StructureSaved"].Value;
                return Redirect($"/Structures/Details/{id}");
            }
        }

        await LoadOptionsAsync(id, ct);
        return Page();
    }
}
