using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.Beneficiaries;

/// <summary>The printable notice-and-consent form of a person (PDF), for people visible through PeopleScope.</summary>
public sealed class ConsentFormModel(ConsentFormBuilder builder) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await builder.RenderAsync(id, ct) is { } pdf
            ? File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"consent-form-{id}.pdf"))
            : NotFound();
}
