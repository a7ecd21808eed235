using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Beneficiaries;

/// <summary>
/// Registers and updates people for the forms and the API: identifier rules (ΑΜΚΑ, ΑΦΜ), and no
/// duplicate ΑΜΚΑ/ΑΦΜ within a registry partition (docs/DESIGN.md §5).
/// </summary>
public sealed class BeneficiaryWriter(AppDbContext db, PeopleScope people, CurrentUser currentUser, IdentifierRules rules, TimeProvider time)
{
    /// <summary>The ΑΜΚΑ or ΑΦΜ is already registered: visible (link to the file) or linkable to the user's structure.</summary>
    public sealed record Duplicate(int ExistingId, bool Visible, bool Linkable);

    public sealed record Result(int? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false, bool Forbidden = false, bool Conflict = false, Duplicate? Duplicate = null, bool AmkaWarning = false)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound && !Forbidden && !Conflict && Duplicate is null;
    }

    public async Task<Result> CreateAsync(BeneficiaryFields input, CancellationToken ct)
    {
        var check = await rules.CheckAsync(input, ct);
        if (input.StructureId is not { } structureId || !await people.CanWorkInAsync(structureId, ct))
        {
            check.Errors.Add(new(nameof(input.StructureId), rules.Text("UnknownStructure")));
            return new Result(null, check.Errors, AmkaWarning: check.AmkaWarning);
        }

        if (check.Errors.Count > 0)
        {
            return new Result(null, check.Errors, AmkaWarning: check.AmkaWarning);
        }

        var partition = await people.PartitionOfAsync(structureId, ct);
        if (await FindDuplicateAsync(partition, check.Amka, check.Afm, null, ct) is { } duplicate)
        {
            return new Result(null, [], Duplicate: duplicate);
        }

        var user = await currentUser.GetAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var municipality = await db.Structures.Where(s => s.Id == structureId).Select(s => s.MunicipalityId).SingleAsync(ct);
        var person = new Beneficiary { LastName = "", FirstName = "", Partition = partition, MunicipalityId = municipality, CreatedAt = now };
        Apply(person, input, check, user);
        person.Links.Add(new BeneficiaryLink { StructureId = structureId, Reason = LinkReason.Registered, LinkedAt = now, LinkedBy = user.Email });
        foreach (var c in input.Consents.Where(c => c.Purpose is not null && c.Given is not null))
        {
            person.Consents.Add(new Consent
            {
                StructureId = structureId, Purpose = c.Purpose!.Value, Given = c.Given!.Value,
                Date = c.Date ?? AthensTime.Today(time), Expires = c.Expires, RecordedBy = user.Email,
            });
        }

        db.Beneficiaries.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (check.Amka is not null || check.Afm is not null)
        {
            // Another user registered the same identifier a moment ago: the unique index caught it.
            db.ChangeTracker.Clear();
            var raced = await FindDuplicateAsync(partition, check.Amka, check.Afm, null, ct);
            return raced is null ? throw new InvalidOperationException("The registration failed.") : new Result(null, [], Duplicate: raced);
        }

        return new Result(person.Id, []);
    }

    public async Task<Result> UpdateAsync(int id, BeneficiaryFields input, int? expectedVersion, CancellationToken ct)
    {
        if (!await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == id, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        if (!await people.CanWriteAsync(id, ct))
        {
            return new Result(id, [], Forbidden: true);
        }

        var check = await rules.CheckAsync(input, ct);
        if (check.Errors.Count > 0)
        {
            return new Result(id, check.Errors, AmkaWarning: check.AmkaWarning);
        }

        var person = await db.Beneficiaries.Include(b => b.NameKeys).Include(b => b.NamePairs).Include(b => b.Household).SingleAsync(b => b.Id == id, ct);
        if (expectedVersion is not null)
        {
            db.Entry(person).Property(b => b.Version).OriginalValue = expectedVersion.Value;
        }

        if (await FindDuplicateAsync(person.Partition, check.Amka, check.Afm, id, ct) is { } duplicate)
        {
            return new Result(id, [], Duplicate: duplicate);
        }

        Apply(person, input, check, await currentUser.GetAsync(ct));
        try
        {
            await db.SaveChangesAsync(ct);
            return new Result(id, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Result(id, [], Conflict: true);
        }
    }

    private async Task<Duplicate?> FindDuplicateAsync(string partition, string? amka, string? afm, int? exceptId, CancellationToken ct)
    {
        if (amka is null && afm is null)
        {
            return null;
        }

        var existing = await db.Beneficiaries.AsNoTracking()
            .Where(b => b.Partition == partition && b.Id != exceptId && ((amka != null && b.Amka == amka) || (afm != null && b.Afm == afm)))
            .Select(b => (int?)(b.MergedIntoId ?? b.Id))
            .FirstOrDefaultAsync(ct);
        if (existing is not { } existingId || existingId == exceptId)
        {
            return null;
        }

        var visible = await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == existingId, ct);
        var linkable = !visible && partition.StartsWith('m')
            && await db.BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == existingId && !l.Structure!.IsProtected, ct);
        return new Duplicate(existingId, visible, linkable);
    }

    private void Apply(Beneficiary b, BeneficiaryFields input, IdentifierRules.Checked check, UserAccess user)
    {
        b.LastName = input.LastName!.Trim();
        b.FirstName = input.FirstName!.Trim();
        b.FatherName = Clean(input.FatherName);
        b.MotherName = Clean(input.MotherName);
        b.LatinLastName = Clean(input.LatinLastName) ?? Elot743.Transliterate(b.LastName).ToUpperInvariant();
        b.LatinFirstName = Clean(input.LatinFirstName) ?? Elot743.Transliterate(b.FirstName).ToUpperInvariant();
        b.BirthDate = input.BirthDate;
        b.Gender = input.Gender;
        b.Amka = check.Amka;
        b.Afm = check.Afm;
        b.IdDocumentType = input.IdDocumentType;
        b.IdDocumentNumber = Clean(input.IdDocumentNumber);
        b.Nationality = Clean(input.Nationality)?.ToUpperInvariant();
        b.Languages = check.Languages;
        b.Phone = Clean(input.Phone);
        b.Email = Clean(input.Email);
        b.Address = Clean(input.Address);
        b.PostalCode = Clean(input.PostalCode);
        b.ResidenceMunicipality = Clean(input.ResidenceMunicipality);
        b.Disability = input.Disability;
        b.ForeignBackground = input.ForeignBackground;
        b.Minority = input.Minority;
        b.Homeless = input.Homeless;
        b.OtherDisadvantaged = input.OtherDisadvantaged;
        b.ThirdCountryNational = input.ThirdCountryNational;
        b.Rural = input.Rural;
        if (input.PrivacyNoticeGiven && b.PrivacyNoticeGivenAt is null)
        {
            b.PrivacyNoticeGivenAt = time.GetUtcNow().UtcDateTime;
            b.PrivacyNoticeGivenBy = user.Email;
        }

        var rows = input.Household.Where(h => !h.IsEmpty).ToList();
        b.Household.RemoveAll(_ => true);
        b.Household.AddRange(rows.Select(h => new HouseholdMember
        {
            Relationship = h.Relationship!.Value, Name = h.Name!.Trim(), BirthDate = h.BirthDate, MemberBeneficiaryId = h.MemberId,
        }));
        SearchKeys.Refresh(b);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
