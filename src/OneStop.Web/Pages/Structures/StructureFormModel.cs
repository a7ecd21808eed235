using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;
using OneStop.Web.Setup;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Pages.Structures;

/// <summary>What Create and Edit share: the input, the option lists and the regulation upload.</summary>
public abstract class StructureFormModel(AppDbContext db, StructureScope scope, RegulationStore regulations, IOptions<UploadOptions> uploads) : PageModel
{
    [BindProperty]
    public StructureFields Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Regulation { get; set; }

    public List<SelectListItem> TypeOptions { get; private set; } = [];
    public List<SelectListItem> ParentOptions { get; private set; } = [];
    public List<SelectListItem> MunicipalityOptions { get; private set; } = [];
    /// <summary>False for a Coordinator: parent, municipality and protection are shown, not edited.</summary>
    public bool CanPlace { get; private set; } = true;

    public string MaxRegulationSize => UploadOptions.Readable(uploads.Value.MaxRegulationBytes);

    protected AppDbContext Db => db;

    protected StructureScope Scope => scope;

    protected async Task LoadOptionsAsync(int? editingId, CancellationToken ct)
    {
        CanPlace = editingId is null || await scope.CanAdministerAsync(editingId.Value, ct);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        TypeOptions = await db.StructureTypes.AsNoTracking().Where(t => t.IsActive || t.Code == Input.Type).OrderBy(t => t.SortOrder)
            .Select(t => new SelectListItem(english ? t.NameEn : t.NameEl, t.Code)).ToListAsync(ct);
        var parents = CanPlace ? await scope.AdministeredStructuresAsync(ct) : db.Structures.Where(s => s.Id == Input.ParentId);
        ParentOptions = await parents.AsNoTracking().Where(s => s.Id != editingId).OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(ct);
        MunicipalityOptions = await db.Municipalities.AsNoTracking().Where(m => m.IsActive).OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(ct);
    }

    /// <summary>Checks the uploaded regulation (if any) and adds a field error when it is refused.</summary>
    protected async Task<byte[]?> ReadRegulationAsync(CancellationToken ct)
    {
        if (Regulation is null || Regulation.Length == 0)
        {
            return null;
        }

        var (content, error) = await regulations.ReadAsync(Regulation, ct);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Regulation), error);
        }

        return content;
    }

    protected Task AttachRegulationAsync(int structureId, byte[] content, CancellationToken ct) =>
        regulations.AttachAsync(structureId, Regulation!.FileName, content, ct);

    protected void AddErrors(IEnumerable<KeyValuePair<string, string>> errors)
    {
        ModelState.AddInputErrors(errors);
    }
}
