using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Duplicates;

namespace OneStop.Web.Pages.Beneficiaries.Duplicates;

/// <summary>
/// "Not the same person". With both ids the pair is remembered; at registration, before the new
/// person exists (no id), the candidate is only taken off the list. htmx gets the row's replacement.
/// </summary>
public sealed class DismissModel(DuplicateDismissals dismissals, IStringLocalizer<DuplicatesResource> t) : PageModel
{
    public IActionResult OnGet() => Redirect("/Beneficiaries/Duplicates");

    public async Task<IActionResult> OnPostAsync(int? id, int otherId, string? returnUrl, CancellationToken ct)
    {
        if (id is { } first && !await dismissals.DismissAsync(first, otherId, ct))
        {
            return NotFound();
        }

        if (Request.Headers.ContainsKey("HX-Request"))
        {
            return Content($"<li class=\"muted\">{HtmlEncoder.Default.Encode(t["DismissedNotice"])}</li>", "text/html; charset=utf-8");
        }

        TempData["Message"] = t["DismissedNotice"].Value;
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Beneficiaries/Duplicates");
    }
}
