using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Pages.Participants;

/// <summary>The ESF entry form: a new participation of a person (from their file), or its correction.</summary>
public sealed class EntryModel(ParticipationAccess access, ParticipationQueries queries, ParticipationWriter writer, AppDbContext db, AthensClock clock, IStringLocalizer<ParticipantsResource> t) : PageModel
{
    [BindProperty]
    public EntryFields Input { get; set; } = new();

    public string PersonName { get; private set; } = "";
    public string StructureName { get; private set; } = "";
    public List<EsfStructure> Structures { get; private set; } = [];
    public IReadOnlyList<string> Missing { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? beneficiaryId, int? structureId, CancellationToken ct)
    {
        if (id is { } existingId)
        {
            if (await queries.GetAsync(existingId, ct) is not { } p || !await access.CanWriteAsync(p.StructureId, ct))
            {
                return NotFound();
            }

            Input = new EntryFields
            {
                StructureId = p.StructureId, BeneficiaryId = p.BeneficiaryId, EntryDate = p.EntryDate, Gender = p.Gender, BirthDate = p.BirthDate,
                LabourStatus = p.LabourStatus, UnemployedMonths = p.UnemployedMonths, Isced = p.Isced, Disability = p.Disability,
                ThirdCountryNational = p.ThirdCountryNational, ForeignBackground = p.ForeignBackground, Minority = p.Minority,
                Homeless = p.Homeless, OtherDisadvantaged = p.OtherDisadvantaged, Rural = p.Rural, Version = p.Version,
            };
            Missing = p.Missing;
        }
        else
        {
            // A new entry starts from what the registry already knows of the person.
            var person = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == beneficiaryId).SingleOrDefaultAsync(ct);
            if (person is null)
            {
                return NotFound();
            }

            Input = new EntryFields
            {
                BeneficiaryId = person.Id, StructureId = structureId, EntryDate = clock.Today, Gender = person.Gender, BirthDate = person.BirthDate,
                Disability = person.Disability, ThirdCountryNational = person.ThirdCountryNational, ForeignBackground = person.ForeignBackground,
                Minority = person.Minority, Homeless = person.Homeless, OtherDisadvantaged = person.OtherDisadvantaged, Rural = person.Rural,
            };
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (id is { } existingId && await queries.GetAsync(existingId, ct) is { } existing)
        {
            Input.StructureId = existing.StructureId;
            Input.BeneficiaryId = existing.BeneficiaryId;
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = id is { } updateId ? await writer.UpdateEntryAsync(updateId, Input, ct) : await writer.CreateAsync(Input, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        ModelState.AddInputErrors(result.Errors);
        Conflict = result.Conflict;
        if (!result.Succeeded)
        {
            return Page();
        }

        TempData["Message"] = t["EntrySaved"].Value;
        return Redirect($"/Beneficiaries/Details/{Input.BeneficiaryId}#esf-participation");
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        var personId = Input.BeneficiaryId;
        var person = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == personId).Select(b => new { b.LastName, b.FirstName }).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return false;
        }

        PersonName = $"{person.LastName} {person.FirstName}";
        var writable = await access.WritableStructuresAsync(ct);
        var linked = await db.BeneficiaryLinks.AsNoTracking().Where(l => l.BeneficiaryId == personId).Select(l => l.StructureId).ToListAsync(ct);
        Structures = writable.Where(s => linked.Contains(s.Id)).ToList();
        if (id is null)
        {
            Input.StructureId ??= Structures.FirstOrDefault()?.Id;
            return Structures.Count > 0 && await access.PersonInStructureAsync(personId!.Value, Structures[0].Id, ct);
        }

        StructureName = Structures.FirstOrDefault(s => s.Id == Input.StructureId)?.Name ?? "";
        return StructureName.Length > 0;
    }
}
