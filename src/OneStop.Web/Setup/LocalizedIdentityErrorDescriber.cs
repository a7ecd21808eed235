using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace OneStop.Web.Setup;

/// <summary>Identity's messages (password rules, taken e-mail …) in the user's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<AccountResource> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["PasswordTooShort", length]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), t["PasswordRequiresDigit"]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), t["PasswordRequiresLower"]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["PasswordMismatch"]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), t["DuplicateEmail", email]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["DuplicateEmail", userName]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["InvalidEmail", email ?? ""]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["InvalidEmail", userName ?? ""]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["InvalidToken"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
