using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Admin.Users;

/// <summary>A user's roles and account state.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(UserQueries queries, UserWriter writer, UserAccountActions actions, StructureScope scope, CurrentUser currentUser, IStringLocalizer<AdminResource> t) : PageModel
{
    [BindProperty]
    public RoleFields Input { get; set; } = new();

    public UserDto Account { get; private set; } = null!;

    public UserOptions Options { get; private set; } = new([], []);

    public bool IsSelf => Account.Id == currentUser.Id;

    public Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAddAsync(string id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } user)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Input.Role))
        {
            ModelState.AddModelError("Input.Role", t["RolesRequired"]);
            return await ShowAsync(id, ct);
        }

        var roles = Current(user).Append(Input).ToList();
        return await SaveRolesAsync(id, roles, "RoleAdded", "Input.Role", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, AppRole role, int? structureId, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } user)
        {
            return NotFound();
        }

        var roles = Current(user).Where(r => r.Role != role.ToString() || r.StructureId != structureId).ToList();
        return await SaveRolesAsync(id, roles, "RoleRemoved", string.Empty, ct);
    }

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => SetDisabledAsync(id, true, ct);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => SetDisabledAsync(id, false, ct);

    private async Task<IActionResult> SaveRolesAsync(string id, List<RoleFields> roles, string done, string errorField, CancellationToken ct)
    {
        var result = await writer.SetRolesAsync(id, roles, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = t[done].Value;
            return RedirectToPage(new { id });
        }

        ModelState.Clear();
        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError(errorField, message);
        }

        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled, CancellationToken ct)
    {
        var result = await actions.SetDisabledAsync(id, disabled, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            foreach (var (_, message) in result.Errors)
            {
                ModelState.AddModelError(string.Empty, message);
            }

            return await ShowAsync(id, ct);
        }

        var user = await queries.GetAsync(id, ct);
        TempData["Message"] = t[disabled ? "UserDisabled" : "UserEnabled", user!.DisplayName].Value;
        return RedirectToPage(new { id });
    }

    private static IEnumerable<RoleFields> Current(UserDto user) =>
        user.Roles.Select(r => new RoleFields { Role = r.Role.ToString(), StructureId = r.StructureId });

    private async Task<IActionResult> ShowAsync(string id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } user)
        {
            return NotFound();
        }

        Account = user;
        Options = await UserOptions.LoadAsync(scope, t, ct);
        return Page();
    }
}
