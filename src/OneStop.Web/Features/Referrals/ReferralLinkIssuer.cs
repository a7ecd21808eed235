using Microsoft.EntityFrameworkCore;
using OneStop.Data;

namespace OneStop.Web.Features.Referrals;

/// <summary>Issues a partner link for an external referral, for a user of the sending side.</summary>
public sealed class ReferralLinkIssuer(AppDbContext db, ReferralScope scope, ReferralLinks links, TimeProvider time)
{
    public sealed record Issued(string Token, DateTime ExpiresAt);

    public async Task<Issued?> IssueAsync(int referralId, int? days, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null || referral.ToStructureId is not null || !await scope.IsSenderAsync(referral, write: true, ct)
            || !ReferralLifecycle.IsOpen(referral.Status))
        {
            return null;
        }

        var expires = time.GetUtcNow().UtcDateTime.AddDays(Math.Clamp(days ?? ReferralLinks.DefaultDays, 1, 90));
        return new Issued(await links.IssueAsync(referral, expires, ct), expires);
    }

    /// <summary>The current link's token of a referral the user sent, if any.</summary>
    public async Task<string?> CurrentAsync(int referralId, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId, ct);
        return referral is not null && await scope.IsSenderAsync(referral, write: false, ct) && referral.LinkExpiresAt > time.GetUtcNow().UtcDateTime
            ? links.Token(referral)
            : null;
    }
}
