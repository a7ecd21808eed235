using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Duplicates;

namespace OneStop.Web.Pages.Beneficiaries.Duplicates;

/// <summary>
/// An htmx fragment: the likely matches of the names and birth date being typed at registration
/// (or of an existing person, forId), each with "same person → open file" and "not the same person".
/// </summary>
public sealed class CandidatesModel(LikelyMatches matches) : PageModel
{
    public List<LikelyMatch> Items { get; private set; } = [];
    public int? ForId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? lastName, string? firstName, string? birthDate, int? structureId, int? forId, CancellationToken ct)
    {
        ForId = forId;

        // The registration form sends its own field names (Input.LastName …) through hx-include.
        lastName ??= Request.Query["Input.LastName"].FirstOrDefault();
        firstName ??= Request.Query["Input.FirstName"].FirstOrDefault();
        birthDate ??= Request.Query["Input.BirthDate"].FirstOrDefault();
        structureId ??= int.TryParse(Request.Query["Input.StructureId"].FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : null;
        DateOnly? date = DateOnly.TryParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (forId is { } id && string.IsNullOrWhiteSpace(lastName))
        {
            Items = await matches.ForPersonAsync(id, ct) ?? [];
        }
        else
        {
            Items = await matches.FindAsync(lastName, firstName, date, forId, await matches.PartitionForAsync(structureId, ct), ct);
        }

        return Page();
    }
}
