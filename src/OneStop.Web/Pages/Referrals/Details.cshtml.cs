using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Referrals;

/// <summary>
/// One referral: what was shared, its history, and the next steps the user's side may take. The
/// receiving side opening a sent referral records its receipt.
/// </summary>
public sealed class DetailsModel(ReferralQueries queries, ReferralWriter writer, ReferralLinkIssuer links, IStringLocalizer<ReferralsResource> t) : PageModel
{
    public ReferralDto Referral { get; private set; } = null!;
    public List<ReferralStatus> Actions { get; private set; } = [];
    public string? LinkUrl { get; private set; }
    public bool CanIssueLink { get; private set; }

    [BindProperty]
    public StatusFields Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is { Direction: "incoming", Status: ReferralStatus.Sent })
        {
            await writer.ChangeStatusAsync(id, new StatusFields { Status = ReferralStatus.Received }, ct);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken ct)
    {
        if (Input.Status is null)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        var result = await writer.ChangeStatusAsync(id, Input, ct);
        switch (result.Outcome)
        {
            case ReferralOutcome.Done:
                TempData["Message"] = t["StatusChanged", t["Status_" + Input.Status]].Value;
                return Redirect($"/Referrals/Details/{id}");
            case ReferralOutcome.NotFound:
                return NotFound();
            case ReferralOutcome.Invalid:
                foreach (var (field, message) in result.Errors!)
                {
                    ModelState.AddModelError(field == nameof(StatusFields.Note) ? $"Note_{Input.Status}" : "", message);
                }

                break;
            default:
                ModelState.AddModelError("", result.Detail ?? t["StepRefused"]);
                break;
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostLinkAsync(int id, CancellationToken ct)
    {
        if (await links.IssueAsync(id, null, ct) is null)
        {
            return NotFound();
        }

        TempData["Message"] = t["LinkIssued"].Value;
        return Redirect($"/Referrals/Details/{id}#partner-link");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.ViewAsync(id, ct) is not { } referral)
        {
            return false;
        }

        Referral = referral;
        var outgoing = referral.Direction == "outgoing";
        var external = referral.ToStructureId is null;
        Actions = ReferralLifecycle.Allowed(referral.Status)
            .Where(to => ReferralLifecycle.SideOf(to) == ReferralSide.Sender ? outgoing : !outgoing || external)
            .ToList();
        CanIssueLink = outgoing && external && ReferralLifecycle.IsOpen(referral.Status);
        if (CanIssueLink && await links.CurrentAsync(id, ct) is { } token)
        {
            LinkUrl = $"{Request.Scheme}://{Request.Host}/Referrals/Respond?t={token}";
        }

        return true;
    }
}
