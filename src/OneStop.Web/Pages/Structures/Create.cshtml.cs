using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;
using OneStop.Web.Setup;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Pages.Structures;

[Authorize(Policy = Policies.Administration)]
public sealed class CreateModel(AppDbContext db, StructureScope scope, RegulationStore regulations, IOptions<UploadOptions> uploads, StructureWriter writer, IStringLocalizer<StructuresResource> t)
    : StructureFormModel(db, scope, regulations, uploads)
{
    public async Task OnGetAsync(CancellationToken ct) => await LoadOptionsAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var regulation = await ReadRegulationAsync(ct);
        if (ModelState.IsValid)
        {
            var result = await writer.CreateAsync(Input, ct);
            AddErrors(result.Errors);
            if (result.Succeeded)
            {
                if (regulation is not null)
                {
                    await AttachRegulationAsync(result.Id!.Value, regulation, ct);
                }

                TempData["Message"] = t["StructureCreated", Input.Name!].Value;
                return Redirect($"/Structures/Details/{result.Id}");
            }
        }

        await LoadOptionsAsync(null, ct);
        return Page();
    }
}
