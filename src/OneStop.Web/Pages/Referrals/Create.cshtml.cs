using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Referrals;

/// <summary>Refers a person from their file: destination, reason, urgency, due date and the fields shared.</summary>
public sealed class CreateModel(ReferralFormOptions options, ReferralWriter writer, IStringLocalizer<ReferralsResource> t) : PageModel
{
    [BindProperty]
    public ReferralFields Input { get; set; } = new();

    public ReferralFormData Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int beneficiaryId, CancellationToken ct)
    {
        if (await options.LoadAsync(beneficiaryId, ct) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        Input = new ReferralFields { BeneficiaryId = beneficiaryId, FromStructureId = form.From[0].Id, SharedFields = ["lastName", "firstName", "phone"] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.BeneficiaryId is not { } id || await options.LoadAsync(id, ct) is not { } form)
        {
            return NotFound();
        }

        Form = form;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.CreateAsync(Input, ct);
        switch (result.Outcome)
        {
            case ReferralOutcome.Done:
                TempData["Message"] = (Input.Draft ? t["ReferralDrafted"] : t["ReferralSent"]).Value;
                return Redirect($"/Referrals/Details/{result.Id}");
            case ReferralOutcome.Invalid:
                ModelState.AddInputErrors(result.Errors!);
                return Page();
            default:
                return NotFound();
        }
    }
}
