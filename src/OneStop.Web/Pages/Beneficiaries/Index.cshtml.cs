using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Pages.Beneficiaries;

/// <summary>The registry starts from the search: find the person, or register them with what was typed.</summary>
public sealed class IndexModel(BeneficiarySearch search, PeopleScope people) : PageModel
{
    public const int PageSize = 25;

    public string? Q { get; private set; }
    public SearchResult? Result { get; private set; }
    public bool CanRegister { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        var access = await people.GetAsync(ct);
        if (access.Read.Count == 0)
        {
            return Forbid();
        }

        await LoadAsync(q, ct);
        return Page();
    }

    /// <summary>The results region alone, for htmx as the user types.</summary>
    public async Task<IActionResult> OnGetResultsAsync(string? q, CancellationToken ct)
    {
        await LoadAsync(q, ct);
        return Partial("_Results", this);
    }

    private async Task LoadAsync(string? q, CancellationToken ct)
    {
        Q = q?.Trim();
        CanRegister = (await people.GetAsync(ct)).Write.Count > 0;
        Result = string.IsNullOrEmpty(Q) ? null : await search.SearchAsync(Q, PageSize, ct);
    }
}
