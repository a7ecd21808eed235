using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Distribution;

public sealed record ListDto(int Id, int StructureId, int? ProgrammeId, string? ProgrammeCode, string Name, int MaxPerPeriod, FrequencyPeriod Period, bool Enforced, int Version);

public sealed record EligibleHouseholdDto(int Id, int BeneficiaryId, string Name, int HouseholdSize, DateOnly StartDate, DateOnly? EndDate);

public sealed record RoundDto(int Id, int ListId, DateOnly Day, string Place, int AnonymousMeals, string? Notes);

public sealed record DistributionDto(long Id, int StructureId, int ListId, int? RoundId, int BeneficiaryId, string? HouseholdName, DateTime OccurredAt, DateOnly Day,
    int HouseholdSize, int Parcels, string? Items, SignatureKind Signature, bool HasSignatureImage, bool OverridesRule, string? StaffName, int Version);

/// <summary>Lists, households and distributions: read by those who read the structure's people.</summary>
public sealed class DistributionQueries(AppDbContext db, PeopleScope people)
{
    public async Task<bool> CanReadAsync(int structureId, CancellationToken ct) => (await people.GetAsync(ct)).Read.Contains(structureId);

    public async Task<List<ListDto>?> ListsAsync(int structureId, CancellationToken ct) =>
        !await CanReadAsync(structureId, ct)
            ? null
            : await db.EligibilityLists.AsNoTracking().Where(l => l.StructureId == structureId && l.IsActive).OrderBy(l => l.Name)
                .Select(l => new ListDto(l.Id, l.StructureId, l.ProgrammeId, l.Programme != null ? l.Programme.Code : null, l.Name, l.MaxPerPeriod, l.Period, l.Enforced, l.Version))
                .ToListAsync(ct);

    public async Task<ListDto?> ListAsync(int listId, CancellationToken ct)
    {
        var read = (await people.GetAsync(ct)).Read;
        return await db.EligibilityLists.AsNoTracking().Where(l => l.Id == listId && read.Contains(l.StructureId))
            .Select(l => new ListDto(l.Id, l.StructureId, l.ProgrammeId, l.Programme != null ? l.Programme.Code : null, l.Name, l.MaxPerPeriod, l.Period, l.Enforced, l.Version))
            .SingleOrDefaultAsync(ct);
    }

    public async Task<List<EligibleHouseholdDto>> HouseholdsAsync(int listId, CancellationToken ct)
    {
        var visible = await people.VisibleAsync(ct);
        return await db.EligibleHouseholds.AsNoTracking().Where(h => h.ListId == listId)
            .Join(visible, h => h.BeneficiaryId, b => b.Id, (h, b) => new { h, b.LastName, b.FirstName })
            .OrderBy(x => x.LastName).ThenBy(x => x.FirstName)
            .Select(x => new EligibleHouseholdDto(x.h.Id, x.h.BeneficiaryId, x.LastName + " " + x.FirstName, x.h.HouseholdSize, x.h.StartDate, x.h.EndDate))
            .ToListAsync(ct);
    }

    public async Task<List<RoundDto>> RoundsAsync(int listId, CancellationToken ct) =>
        await db.DistributionRounds.AsNoTracking().Where(r => r.ListId == listId).OrderByDescending(r => r.Day)
            .Select(r => new RoundDto(r.Id, r.ListId, r.Day, r.Place, r.AnonymousMeals, r.Notes)).Take(100).ToListAsync(ct);

    public async Task<DistributionDto?> GetAsync(long id, CancellationToken ct)
    {
        var read = (await people.GetAsync(ct)).Read;
        return await db.Distributions.AsNoTracking().Where(d => d.Id == id && read.Contains(d.StructureId))
            .Select(d => new DistributionDto(d.Id, d.StructureId, d.ListId, d.RoundId, d.BeneficiaryId, d.Beneficiary!.LastName + " " + d.Beneficiary.FirstName,
                d.OccurredAt, d.Day, d.HouseholdSize, d.Parcels, d.Items, d.Signature, d.SignatureFileId != null, d.OverridesRule, d.StaffName, d.Version))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The distributions of a list on a day (the counter's list), newest first.</summary>
    public async Task<List<DistributionDto>> DayAsync(int listId, DateOnly day, CancellationToken ct) =>
        await db.Distributions.AsNoTracking().Where(d => d.ListId == listId && d.Day == day).OrderByDescending(d => d.OccurredAt)
            .Select(d => new DistributionDto(d.Id, d.StructureId, d.ListId, d.RoundId, d.BeneficiaryId, d.Beneficiary!.LastName + " " + d.Beneficiary.FirstName,
                d.OccurredAt, d.Day, d.HouseholdSize, d.Parcels, d.Items, d.Signature, d.SignatureFileId != null, d.OverridesRule, d.StaffName, d.Version))
            .ToListAsync(ct);

    public async Task<byte[]?> SignatureAsync(long id, CancellationToken ct)
    {
        var read = (await people.GetAsync(ct)).Read;
        return await db.Distributions.AsNoTracking().Where(d => d.Id == id && read.Contains(d.StructureId) && d.SignatureFileId != null)
            .Join(db.StoredFiles, d => d.SignatureFileId, f => f.Id, (d, f) => f.Content)
            .SingleOrDefaultAsync(ct);
    }
}
