using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Pages.Beneficiaries;

public sealed class EditModel(AppDbContext db, PeopleScope people, BeneficiaryWriter writer, BeneficiaryQueries queries, IStringLocalizer<BeneficiariesResource> t)
    : BeneficiaryFormModel(db, people, t)
{
    public int Id { get; private set; }

    public override bool IsNew => false;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } b)
        {
            return NotFound();
        }

        if (!await queries.CanEditAsync(id, ct))
        {
            return Forbid();
        }

        Id = id;
        Input = new BeneficiaryFields
        {
            LastName = b.LastName, FirstName = b.FirstName, FatherName = b.FatherName, MotherName = b.MotherName,
            LatinLastName = b.LatinLastName, LatinFirstName = b.LatinFirstName, BirthDate = b.BirthDate, Gender = b.Gender,
            Amka = b.Amka, Afm = b.Afm, IdDocumentType = b.IdDocumentType, IdDocumentNumber = b.IdDocumentNumber,
            Nationality = b.Nationality, Languages = b.Languages, Phone = b.Phone, Email = b.Email, Address = b.Address,
            PostalCode = b.PostalCode, ResidenceMunicipality = b.ResidenceMunicipality, Disability = b.Disability,
            ForeignBackground = b.ForeignBackground, Minority = b.Minority, Homeless = b.Homeless, OtherDisadvantaged = b.OtherDisadvantaged,
            ThirdCountryNational = b.ThirdCountryNational, Rural = b.Rural, PrivacyNoticeGiven = b.PrivacyNoticeGivenAt is not null,
            Household = b.Household.Select(h => new HouseholdFields { Relationship = h.Relationship, Name = h.Name, BirthDate = h.BirthDate, MemberId = h.MemberId }).ToList(),
            Version = b.Version,
        };
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is null)
        {
            return NotFound();
        }

        Id = id;
        if (ModelState.IsValid)
        {
            var result = await writer.UpdateAsync(id, Input, Input.Version, ct);
            if (result.Forbidden)
            {
                return Forbid();
            }

            if (result.Succeeded)
            {
                TempData["Message"] = T["PersonSaved"].Value;
                return Redirect($"/Beneficiaries/Details/{id}");
            }

            AddErrors(result.Errors);
            AmkaWarning = result.AmkaWarning;
            Duplicate = result.Duplicate;
            Conflict = result.Conflict;
        }

        await LoadOptionsAsync(ct);
        return Page();
    }
}
