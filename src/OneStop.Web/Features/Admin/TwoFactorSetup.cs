using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using OneStop.Data.Entities;
using QRCoder;

namespace OneStop.Web.Features.Admin;

/// <summary>The authenticator key of a user, shown as text in groups of four and as a QR code.</summary>
public sealed record AuthenticatorKey(string FormattedKey, string QrCodeDataUri);

/// <summary>Prepares, verifies and turns on the authenticator app of the signed-in user.</summary>
public sealed class TwoFactorSetup(UserManager<AppUser> users)
{
    public const int RecoveryCodeCount = 10;

    public async Task<AuthenticatorKey> KeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? user.Id);
        var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/OneStop:{account}?secret={key}&issuer=OneStop&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new AuthenticatorKey(Format(key), "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
    }

    /// <summary>Turns two-factor sign-in on when the code matches; returns the recovery codes, shown once.</summary>
    public async Task<List<string>?> EnableAsync(AppUser user, string code)
    {
        var token = new string(code.Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, token))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        return await NewRecoveryCodesAsync(user);
    }

    public async Task<List<string>> NewRecoveryCodesAsync(AppUser user) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];

    public async Task DisableAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        // A later set-up starts from a new key, so a copy of the old one is useless.
        await users.ResetAuthenticatorKeyAsync(user);
    }

    private static string Format(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
