using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Pages.Structures;

/// <summary>The services a structure offers, by axis: add, edit (?edit={serviceId}) and deactivate.</summary>
public sealed class ServicesModel(StructureQueries queries, StructureScope scope, ServiceWriter writer, IStringLocalizer<StructuresResource> t) : PageModel
{
    [BindProperty]
    public ServiceFields Input { get; set; } = new();

    public int Id { get; private set; }
    public string StructureName { get; private set; } = "";
    public int? EditId { get; private set; }
    public bool Conflict { get; private set; }
    public List<ServiceDto> Services { get; private set; } = [];

    public static IReadOnlyList<Axis> Axes { get; } = Enum.GetValues<Axis>();

    public async Task<IActionResult> OnGetAsync(int id, int? edit, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (edit is not null)
        {
            if (Services.SingleOrDefault(s => s.Id == edit) is not { } service)
            {
                return NotFound();
            }

            EditId = edit;
            Input = new ServiceFields { Name = service.Name, Axis = service.Axis, Description = service.Description, IsActive = service.IsActive, Version = service.Version };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? edit, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || (edit is not null && Services.All(s => s.Id != edit)))
        {
            return NotFound();
        }

        EditId = edit;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.SaveAsync(id, edit, Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = t["ServiceSaved"].Value;
            return Redirect($"/Structures/Services/{id}");
        }

        Conflict = result.Conflict;
        ModelState.AddInputErrors(result.Errors);

        return Page();
    }

    public async Task<IActionResult> OnPostDeactivateAsync(int id, int serviceId, int version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Services.SingleOrDefault(s => s.Id == serviceId) is not { } service)
        {
            return NotFound();
        }

        var fields = new ServiceFields { Name = service.Name, Axis = service.Axis, Description = service.Description, IsActive = false, Version = version };
        var result = await writer.SaveAsync(id, serviceId, fields, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            Conflict = true;
            return Page();
        }

        TempData["Message"] = t["ServiceDeactivated", service.Name].Value;
        return Redirect($"/Structures/Services/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!await scope.CanManageAsync(id, ct) || await queries.GetAsync(id, ct) is not { } s)
        {
            return false;
        }

        Id = id;
        StructureName = s.Name;
        Services = await queries.ServicesAsync(id, ct) ?? [];
        return true;
    }
}
