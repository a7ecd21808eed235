using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Pages.Structures;

public sealed class DetailsModel(StructureQueries queries, StructureScope scope, AppDbContext db) : PageModel
{
    public StructureDto? Structure { get; private set; }
    public List<ServiceDto> Services { get; private set; } = [];
    public string TypeName { get; private set; } = "";
    public string? ParentName { get; private set; }
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Structure = await queries.GetAsync(id, ct);
        if (Structure is null)
        {
            return NotFound();
        }

        Services = await queries.ServicesAsync(id, ct) ?? [];
        CanManage = await scope.CanManageAsync(id, ct);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        TypeName = await db.StructureTypes.Where(t => t.Code == Structure.Type).Select(t => english ? t.NameEn : t.NameEl).SingleAsync(ct);
        if (Structure.ParentId is { } parentId && await scope.CanSeeAsync(parentId, ct))
        {
            ParentName = await db.Structures.Where(s => s.Id == parentId).Select(s => s.Name).SingleAsync(ct);
        }

        return Page();
    }
}
