using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Domain;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Pages.Beneficiaries;

public sealed class RegisterModel(AppDbContext db, PeopleScope people, BeneficiaryWriter writer, IStringLocalizer<BeneficiariesResource> t)
    : BeneficiaryFormModel(db, people, t)
{
    public async Task<IActionResult> OnGetAsync(int? structureId, string? q, CancellationToken ct)
    {
        await LoadOptionsAsync(ct);
        if (StructureOptions.Count == 0)
        {
            return Forbid();
        }

        Input.StructureId = structureId;
        Prefill(q);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await writer.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Message"] = T["PersonRegistered"].Value;
                return Redirect($"/Beneficiaries/Details/{result.Id}");
            }

            AddErrors(result.Errors);
            AmkaWarning = result.AmkaWarning;
            Duplicate = result.Duplicate;
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    /// <summary>What was typed in the search becomes the start of the form: an ΑΜΚΑ, an ΑΦΜ, a phone or the names.</summary>
    private void Prefill(string? q)
    {
        var text = (q ?? "").Trim();
        if (text.Length == 0)
        {
            return;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+'))
        {
            switch (digits.Length)
            {
                case 11:
                    Input.Amka = digits;
                    break;
                case 9:
                    Input.Afm = digits;
                    break;
                default:
                    Input.Phone = text;
                    break;
            }

            return;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Input.LastName = words[0];
        Input.FirstName = words.Length > 1 ? string.Join(' ', words[1..]) : null;
        Input.LatinLastName = Elot743.Transliterate(Input.LastName).ToUpperInvariant();
        Input.LatinFirstName = Input.FirstName is null ? null : Elot743.Transliterate(Input.FirstName).ToUpperInvariant();
    }
}
