using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Pages.Beneficiaries;

/// <summary>A person's file; every view is audited. Consents are added and withdrawn here.</summary>
public sealed class DetailsModel(BeneficiaryQueries queries, BeneficiaryActions actions, IStringLocalizer<BeneficiariesResource> t) : PageModel
{
    public BeneficiaryDto Person { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    [BindProperty]
    public ConsentFields NewConsent { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConsentAsync(int id, CancellationToken ct)
    {
        var result = await actions.AddConsentAsync(id, NewConsent, ct);
        switch (result.Outcome)
        {
            case BeneficiaryActions.Outcome.Done:
                TempData["Message"] = t["ConsentRecorded"].Value;
                return Redirect($"/Beneficiaries/Details/{id}#consents");
            case BeneficiaryActions.Outcome.Invalid:
                foreach (var (field, message) in result.Errors!)
                {
                    ModelState.AddModelError($"{nameof(NewConsent)}.{field}", message);
                }

                return await LoadAsync(id, ct) ? Page() : NotFound();
            case BeneficiaryActions.Outcome.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, int consentId, CancellationToken ct)
    {
        var result = await actions.WithdrawConsentAsync(id, consentId, ct);
        switch (result.Outcome)
        {
            case BeneficiaryActions.Outcome.Done:
                TempData["Message"] = t["ConsentWithdrawn"].Value;
                return Redirect($"/Beneficiaries/Details/{id}#consents");
            case BeneficiaryActions.Outcome.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.ViewAsync(id, ct) is not { } person)
        {
            return false;
        }

        Person = person;
        CanEdit = await queries.CanEditAsync(id, ct);
        return true;
    }
}
