using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Distribution;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.Distribution;

/// <summary>A structure's eligibility lists; managers (Coordinators, Administrators) add lists.</summary>
public sealed class IndexModel(TodayLoader structures, DistributionQueries queries, ListWriter writer, StructureScope scope, AppDbContext db, IStringLocalizer<DistributionResource> t) : PageModel
{
    [BindProperty]
    public ListFields Input { get; set; } = new();

    public List<StructureChoice> Structures { get; private set; } = [];
    public int? StructureId { get; private set; }
    public List<ListDto> Lists { get; private set; } = [];
    public List<(int Id, string Name)> Programmes { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? structureId, CancellationToken ct) =>
        await LoadAsync(structureId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int? structureId, CancellationToken ct)
    {
        if (!await LoadAsync(structureId, ct) || !CanManage)
        {
            return NotFound();
        }

        Input.StructureId = StructureId;
        ModelState.Remove("Input.StructureId");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.CreateListAsync(Input, ct);
        if (!result.Succeeded)
        {
            ModelState.AddInputErrors(result.Errors);
            return Page();
        }

        TempData["Message"] = t["ListCreated", Input.Name!].Value;
        return Redirect($"/Distribution/List/{result.Id}");
    }

    private async Task<bool> LoadAsync(int? structureId, CancellationToken ct)
    {
        Structures = await structures.StructuresAsync(ct);
        StructureId = structureId ?? Structures.FirstOrDefault()?.Id;
        if (StructureId is not { } id)
        {
            return structureId is null;
        }

        if (await queries.ListsAsync(id, ct) is not { } lists)
        {
            return false;
        }

        Lists = lists;
        CanManage = await scope.CanManageAsync(id, ct);
        var greek = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "el";
        Programmes = (await db.Programmes.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Code).Select(p => new { p.Id, p.NameEl, p.NameEn }).ToListAsync(ct))
            .Select(p => (p.Id, greek ? p.NameEl : p.NameEn)).ToList();
        return true;
    }
}
