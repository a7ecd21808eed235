using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Referrals;

namespace OneStop.Web.Pages.Referrals;

/// <summary>
/// The page an external partner opens from a signed link: the shared fields only, and accept,
/// decline, start and complete. No account; a tampered link answers 404, an expired one 410.
/// </summary>
[AllowAnonymous]
public sealed class RespondModel(ReferralLinks links, ReferralQueries queries, ReferralWriter writer, AppDbContext db, IStringLocalizer<ReferralsResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    public ReferralDto? Referral { get; private set; }
    public string? Problem { get; private set; }
    public List<ReferralStatus> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (check, referral) = await links.OpenAsync(Token, ct);
        if (referral is null)
        {
            return Refuse(check);
        }

        if (referral.Status == ReferralStatus.Sent)
        {
            await writer.ChangeByLinkAsync(referral, ReferralStatus.Received, null, await ByAsync(referral, ct), ct);
        }

        return await ShowAsync(referral, ct);
    }

    public async Task<IActionResult> OnPostAsync(ReferralStatus status, string? note, CancellationToken ct)
    {
        var (check, referral) = await links.OpenAsync(Token, ct);
        if (referral is null)
        {
            return Refuse(check);
        }

        var result = await writer.ChangeByLinkAsync(referral, status, note, await ByAsync(referral, ct), ct);
        if (result.Outcome == ReferralOutcome.Done)
        {
            TempData["Message"] = t["StatusChanged", t["Status_" + status]].Value;
            return Redirect($"/Referrals/Respond?t={Uri.EscapeDataString(Token!)}");
        }

        ModelState.AddModelError("", result.Errors?.Values.First() ?? result.Detail ?? t["StepRefused"]);
        return await ShowAsync(referral, ct);
    }

    private async Task<IActionResult> ShowAsync(Referral referral, CancellationToken ct)
    {
        Referral = await queries.ForLinkAsync(referral, ct);
        Actions = ReferralLifecycle.Allowed(Referral.Status).Where(s => ReferralLifecycle.SideOf(s) == ReferralSide.Receiver && s != ReferralStatus.Received).ToList();
        db.AuditView("Referral", referral.Id.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    private IActionResult Refuse(ReferralLinks.Check check)
    {
        Problem = check == ReferralLinks.Check.Expired ? t["LinkExpired"] : t["LinkInvalid"];
        Response.StatusCode = check == ReferralLinks.Check.Expired ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Who answered, for the history: the partner service through its link.</summary>
    private async Task<string> ByAsync(Referral referral, CancellationToken ct)
    {
        var service = await db.PartnerServices.Where(s => s.Id == referral.ToPartnerServiceId)
            .Select(s => s.Organization!.Name + " – " + s.Name).SingleOrDefaultAsync(ct);
        return t["ByPartnerLink", service ?? ""];
    }
}
