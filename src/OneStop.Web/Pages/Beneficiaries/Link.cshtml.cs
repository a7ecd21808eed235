using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Pages.Beneficiaries;

/// <summary>Links a person already in the municipal registry to the user's structure (from the duplicate answer).</summary>
public sealed class LinkModel(BeneficiaryActions actions, IStringLocalizer<RegistryResource> t) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int structureId, CancellationToken ct)
    {
        var result = await actions.LinkAsync(id, structureId, ct);
        if (result.Outcome != BeneficiaryActions.Outcome.Done)
        {
            return NotFound();
        }

        TempData["Message"] = t["PersonLinked"].Value;
        return Redirect($"/Beneficiaries/Details/{id}");
    }
}
