using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Beneficiaries;

public sealed record HouseholdDto(int Id, HouseholdRelationship Relationship, string Name, DateOnly? BirthDate, int? MemberId);

/// <param name="RecordedBy">The user who recorded it, only for readers of the structure that recorded it; the others see the structure.</param>
public sealed record ConsentDto(int Id, ConsentPurpose Purpose, bool Given, DateOnly Date, DateOnly? Expires, DateOnly? WithdrawnOn, string? RecordedBy, int? StructureId = null, string? StructureName = null);

public sealed record LinkDto(int StructureId, string StructureName, LinkReason Reason, DateTime LinkedAt);

public sealed record BeneficiaryDto(
    int Id, string LastName, string FirstName, string? FatherName, string? MotherName, string? LatinLastName, string? LatinFirstName,
    DateOnly? BirthDate, Gender? Gender, string? Amka, string? Afm, IdDocumentType? IdDocumentType, string? IdDocumentNumber,
    string? Nationality, string? Languages, string? Phone, string? Email, string? Address, string? PostalCode, string? ResidenceMunicipality,
    YesNoRefused? Disability, YesNoRefused? ForeignBackground, YesNoRefused? Minority, YesNoRefused? Homeless, YesNoRefused? OtherDisadvantaged,
    bool? ThirdCountryNational, bool? Rural, DateTime? PrivacyNoticeGivenAt, string? PrivacyNoticeGivenBy, DateTime CreatedAt, int Version,
    List<HouseholdDto> Household, List<ConsentDto> Consents, List<LinkDto> Links);

/// <summary>A person's file as the user may see it; every read through <see cref="ViewAsync"/> is audited.</summary>
public sealed class BeneficiaryQueries(AppDbContext db, PeopleScope people, StructureScope structures)
{
    /// <summary>The file (null when the user may not see the person), recording the view in the audit log.</summary>
    public async Task<BeneficiaryDto?> ViewAsync(int id, CancellationToken ct)
    {
        var dto = await GetAsync(id, ct);
        if (dto is null)
        {
            return null;
        }

        var read = (await people.GetAsync(ct)).Read;
        var through = await db.BeneficiaryLinks.AsNoTracking()
            .Where(l => l.BeneficiaryId == id && read.Contains(l.StructureId))
            .OrderBy(l => l.Id).Select(l => (int?)l.StructureId).FirstOrDefaultAsync(ct);
        db.AuditView("Beneficiary", id.ToString(CultureInfo.InvariantCulture), through);
        await db.SaveChangesAsync(ct);
        return dto;
    }

    /// <summary>The file without recording a view (for answering a write that was itself audited).</summary>
    public async Task<BeneficiaryDto?> GetAsync(int id, CancellationToken ct)
    {
        var dto = await (await people.VisibleAsync(ct)).AsNoTracking().Where(b => b.Id == id)
            .Select(b => new BeneficiaryDto(
                b.Id, b.LastName, b.FirstName, b.FatherName, b.MotherName, b.LatinLastName, b.LatinFirstName,
                b.BirthDate, b.Gender, b.Amka, b.Afm, b.IdDocumentType, b.IdDocumentNumber,
                b.Nationality, b.Languages, b.Phone, b.Email, b.Address, b.PostalCode, b.ResidenceMunicipality,
                b.Disability, b.ForeignBackground, b.Minority, b.Homeless, b.OtherDisadvantaged,
                b.ThirdCountryNational, b.Rural, b.PrivacyNoticeGivenAt, b.PrivacyNoticeGivenBy, b.CreatedAt, b.Version,
                b.Household.OrderBy(h => h.Id).Select(h => new HouseholdDto(h.Id, h.Relationship, h.Name, h.BirthDate, h.MemberBeneficiaryId)).ToList(),
                b.Consents.OrderBy(c => c.Date).ThenBy(c => c.Id).Select(c => new ConsentDto(c.Id, c.Purpose, c.Given, c.Date, c.Expires, c.WithdrawnOn, c.RecordedBy, c.StructureId, null)).ToList(),
                new List<LinkDto>()))
            .SingleOrDefaultAsync(ct);
        if (dto is null)
        {
            return null;
        }

        // Only structures the user can see are named: a protected structure stays unnamed to outsiders.
        var visibleStructures = await structures.VisibleStructuresAsync(ct);
        var links = await db.BeneficiaryLinks.AsNoTracking()
            .Where(l => l.BeneficiaryId == id && visibleStructures.Any(s => s.Id == l.StructureId))
            .OrderBy(l => l.LinkedAt)
            .Select(l => new LinkDto(l.StructureId, l.Structure!.Name, l.Reason, l.LinkedAt))
            .ToListAsync(ct);
        // A consent names the structure that recorded it; the person who did, only to that structure's readers.
        var read = (await people.GetAsync(ct)).Read;
        var recording = dto.Consents.Select(c => c.StructureId!.Value).Distinct().ToList();
        // Open structures are public (the directory lists them); a protected one is named only to those who see it.
        var names = await db.Structures.AsNoTracking()
            .Where(s => recording.Contains(s.Id) && (!s.IsProtected || visibleStructures.Any(v => v.Id == s.Id)))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var consents = dto.Consents.Select(c => c with
        {
            RecordedBy = c.StructureId is { } s && read.Contains(s) ? c.RecordedBy : null,
            StructureId = c.StructureId is { } v && names.ContainsKey(v) ? v : null,
            StructureName = c.StructureId is { } n ? names.GetValueOrDefault(n) : null,
        }).ToList();
        return dto with { Links = links, Consents = consents };
    }

    public async Task<bool> CanEditAsync(int id, CancellationToken ct) => await people.CanWriteAsync(id, ct);
}
