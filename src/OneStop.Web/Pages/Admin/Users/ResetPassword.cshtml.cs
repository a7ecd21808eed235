using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Admin.Users;

/// <summary>An administrator sets a new password for a user who forgot theirs.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class ResetPasswordModel(UserQueries queries, UserAccountActions actions, IStringLocalizer<AdminResource> t) : PageModel
{
    [BindProperty]
    public PasswordFields Input { get; set; } = new();

    public UserDto Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } user)
        {
            return NotFound();
        }

        Account = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } user)
        {
            return NotFound();
        }

        Account = user;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await actions.ResetPasswordAsync(id, Input.Password!, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            foreach (var (_, message) in result.Errors)
            {
                ModelState.AddModelError("Input.Password", message);
            }

            return Page();
        }

        TempData["Message"] = t["PasswordWasReset", user.DisplayName].Value;
        return Redirect($"/Admin/Users/Edit/{id}");
    }
}
