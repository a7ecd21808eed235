using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Pages.Structures;

/// <summary>Downloads the structure's internal regulation (PDF).</summary>
public sealed class RegulationModel(StructureScope scope, RegulationStore regulations) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await regulations.GetAsync(await scope.VisibleStructuresAsync(ct), id, ct) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();
}
