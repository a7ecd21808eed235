using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneStop.Web.Pages.Account.Manage;

/// <summary>Shows freshly made recovery codes once; a reload finds them gone.</summary>
public sealed class RecoveryCodesModel : PageModel
{
    public IReadOnlyList<string> Codes { get; private set; } = [];

    public void OnGet() =>
        Codes = TempData["RecoveryCodes"] is string codes ? codes.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
}
