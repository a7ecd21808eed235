using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class CreateModel(UserWriter writer, StructureScope scope, IStringLocalizer<AdminResource> t) : PageModel
{
    [BindProperty]
    public NewUserFields Input { get; set; } = new() { Roles = [new()] };

    public UserOptions Options { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken ct) => Options = await UserOptions.LoadAsync(scope, t, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Roles.Count == 0)
        {
            Input.Roles.Add(new());
        }

        if (ModelState.IsValid)
        {
            var result = await writer.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Message"] = t["UserCreated", Input.Email!.Trim()].Value;
                return Redirect($"/Admin/Users/Edit/{result.Id}");
            }

            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field == nameof(Input.Roles) ? "Input.Roles[0].Role" : $"{nameof(Input)}.{field}", message);
            }
        }

        Options = await UserOptions.LoadAsync(scope, t, ct);
        return Page();
    }
}
