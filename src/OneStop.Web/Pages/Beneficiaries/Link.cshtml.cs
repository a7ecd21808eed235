using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Pages.Beneficiaries;

/// <summary>
/// Links a person already in the municipal registry to the user's structure (from the duplicate answer, which
/// sends the identifier the user typed). Without a matching identifier the user gives a reason: break-the-glass,
/// audited and reviewed by the structure's Coordinator and the DPO. The page tells nothing about the person.
/// </summary>
public sealed class LinkModel(BeneficiaryActions actions, PeopleScope people, IStringLocalizer<BeneficiariesResource> t) : PageModel
{
    [TextResource(typeof(BeneficiariesResource))]
    public sealed class InputModel
    {
        [Display(Name = "LinkProof")]
        [StringLength(50, ErrorMessage = "TooLong")]
        public string? Proof { get; set; }

        [Display(Name = "LinkReason")]
        [StringLength(1000, ErrorMessage = "TooLong")]
        public string? Reason { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int StructureId { get; set; }

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Id = id;
        return await people.CanWorkInAsync(StructureId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return await people.CanWorkInAsync(StructureId, ct) ? Page() : NotFound();
        }

        var result = await actions.LinkAsync(id, StructureId, Input.Proof, Input.Reason, ct);
        switch (result.Outcome)
        {
            case BeneficiaryActions.Outcome.Done:
                TempData["Message"] = t["PersonLinked"].Value;
                return Redirect($"/Beneficiaries/Details/{id}");
            case BeneficiaryActions.Outcome.Invalid:
                foreach (var (key, message) in result.Errors!)
                {
                    ModelState.AddModelError("Input." + key, message);
                }

                return Page();
            default:
                return NotFound();
        }
    }
}
