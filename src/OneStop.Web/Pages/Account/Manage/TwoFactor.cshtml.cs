using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Account.Manage;

/// <summary>Turns the authenticator app on or off and renews recovery codes.</summary>
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TwoFactorSetup setup, IStringLocalizer<AccountResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsEnabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public AuthenticatorKey? Key { get; private set; }

    [TextResource(typeof(AccountResource))]
    public sealed class InputModel
    {
        [Display(Name = "AuthenticatorCode")]
        [Required(ErrorMessage = "Required")]
        [StringLength(9, ErrorMessage = "TooLong")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(user);
        }

        var codes = await setup.EnableAsync(user, Input.Code);
        if (codes is null)
        {
            ModelState.AddModelError("Input.Code", t["InvalidAuthenticatorCode"]);
            return await ShowAsync(user);
        }

        await signIn.RefreshSignInAsync(user);
        return ShowCodes(codes, t["TwoFactorEnabled"]);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        return ShowCodes(await setup.NewRecoveryCodesAsync(user), null);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await setup.DisableAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = t["TwoFactorDisabled"].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(AppUser user)
    {
        IsEnabled = user.TwoFactorEnabled;
        if (IsEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        }
        else
        {
            Key = await setup.KeyAsync(user);
        }

        return Page();
    }

    /// <summary>Post/Redirect/Get: the codes travel once through TempData and are never stored readable.</summary>
    private RedirectToPageResult ShowCodes(List<string> codes, string? message)
    {
        TempData["RecoveryCodes"] = string.Join('\n', codes);
        if (message is not null)
        {
            TempData["Message"] = message;
        }

        return RedirectToPage("./RecoveryCodes");
    }
}
