using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;

namespace OneStop.Web.Pages.Account.Manage;

/// <summary>The signed-in user's own account: password and two-step verification status.</summary>
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<AccountResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }

    [TextResource(typeof(AccountResource))]
    public sealed class InputModel
    {
        [Display(Name = "CurrentPassword")]
        [Required(ErrorMessage = "Required")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Display(Name = "NewPassword")]
        [Required(ErrorMessage = "Required")]
        [StringLength(200, ErrorMessage = "TooLong")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Display(Name = "ConfirmPassword")]
        [Required(ErrorMessage = "Required")]
        [Compare(nameof(NewPassword), ErrorMessage = "PasswordsDiffer")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        TwoFactorEnabled = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        TwoFactorEnabled = user.TwoFactorEnabled;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(Input.CurrentPassword) : nameof(Input.NewPassword);
                ModelState.AddModelError($"{nameof(Input)}.{field}", error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = t["PasswordChanged"].Value;
        return RedirectToPage();
    }
}
