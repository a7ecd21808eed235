using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Referrals;

/// <summary>
/// Signed, expiring links through which an external partner without an account answers a referral.
/// The token is the referral id, a nonce and the expiry, encrypted and authenticated with the
/// application's data-protection keys (kept in the database, so every web node reads every link).
/// A changed byte fails authentication; a new link changes the nonce and so revokes the old one.
/// </summary>
public sealed class ReferralLinks(AppDbContext db, IDataProtectionProvider protection, TimeProvider time)
{
    public const int DefaultDays = 30;

    public enum Check
    {
        Valid,
        Invalid,
        Expired,
    }

    private IDataProtector Protector => protection.CreateProtector("OneStop.Referrals.PartnerLink.v1");

    /// <summary>Issues a new link (revoking any earlier one) and returns its token.</summary>
    public async Task<string> IssueAsync(Referral referral, DateTime expiresAt, CancellationToken ct)
    {
        referral.LinkNonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        referral.LinkExpiresAt = expiresAt;
        await db.SaveChangesAsync(ct);
        return Token(referral)!;
    }

    /// <summary>The token of the current link, or null when none was issued.</summary>
    public string? Token(Referral referral)
    {
        if (referral.LinkNonce is null || referral.LinkExpiresAt is not { } expires)
        {
            return null;
        }

        var payload = string.Create(CultureInfo.InvariantCulture, $"{referral.Id}|{referral.LinkNonce}|{new DateTimeOffset(DateTime.SpecifyKind(expires, DateTimeKind.Utc)).ToUnixTimeSeconds()}");
        return WebEncoders.Base64UrlEncode(Protector.Protect(System.Text.Encoding.UTF8.GetBytes(payload)));
    }

    /// <summary>The referral a token opens (tracked, for answering), or why it opens nothing.</summary>
    public async Task<(Check Check, Referral? Referral)> OpenAsync(string? token, CancellationToken ct)
    {
        string payload;
        try
        {
            payload = System.Text.Encoding.UTF8.GetString(Protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? "")));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return (Check.Invalid, null);
        }

        var parts = payload.Split('|');
        if (parts.Length != 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires))
        {
            return (Check.Invalid, null);
        }

        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null || referral.LinkNonce != parts[1] || referral.Status is ReferralStatus.Draft or ReferralStatus.Withdrawn)
        {
            return (Check.Invalid, null);
        }

        return time.GetUtcNow().ToUnixTimeSeconds() > expires ? (Check.Expired, null) : (Check.Valid, referral);
    }
}
