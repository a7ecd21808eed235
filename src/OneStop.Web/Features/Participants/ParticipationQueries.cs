using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Participants;

public sealed record ParticipationDto(
    int Id, int StructureId, int BeneficiaryId, string LastName, string FirstName, string? Amka, string? ExternalId,
    DateOnly EntryDate, Gender? Gender, DateOnly? BirthDate, LabourStatus? LabourStatus, int? UnemployedMonths, int? Isced,
    YesNoRefused? Disability, bool? ThirdCountryNational, YesNoRefused? ForeignBackground, YesNoRefused? Minority,
    YesNoRefused? Homeless, YesNoRefused? OtherDisadvantaged, bool? Rural,
    DateOnly? ExitDate, ExitSituation? ExitSituation, bool? QualificationGained,
    DateOnly? FollowUpDue, SituationAfterSixMonths? Situation6m, bool? Improved6m, int Version)
{
    /// <summary>The fields docs/INDICATORS.md needs for a complete participant that are still empty.</summary>
    public IReadOnlyList<string> Missing => Completeness.Missing(Gender, BirthDate, LabourStatus, Isced);

    public bool Complete => Missing.Count == 0;
}

public sealed record ParticipantPage(int StructureId, List<ParticipationDto> Items, int Total, int Page, int PageSize);

/// <summary>Reads participations through <see cref="ParticipationAccess"/>; what is out of scope is null (404).</summary>
public sealed class ParticipationQueries(ParticipationAccess access, AthensClock clock)
{
    public const int MaxPageSize = 200;

    public async Task<ParticipantPage?> ListAsync(int structureId, int page, int pageSize, CancellationToken ct)
    {
        if (!await access.CanReadAsync(structureId, ct))
        {
            return null;
        }

        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = (await access.VisibleAsync(ct)).AsNoTracking().Where(p => p.StructureId == structureId);
        var total = await query.CountAsync(ct);
        var items = await Project(query.OrderByDescending(p => p.EntryDate).ThenBy(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new ParticipantPage(structureId, items, total, page, pageSize);
    }

    public async Task<ParticipationDto?> GetAsync(int id, CancellationToken ct) =>
        await Project((await access.VisibleAsync(ct)).AsNoTracking().Where(p => p.Id == id)).SingleOrDefaultAsync(ct);

    /// <summary>A person's participations in the structures the user may read, for the person's file.</summary>
    public async Task<List<ParticipationDto>> ForPersonAsync(int beneficiaryId, CancellationToken ct) =>
        await Project((await access.VisibleAsync(ct)).AsNoTracking().Where(p => p.BeneficiaryId == beneficiaryId).OrderByDescending(p => p.EntryDate)).ToListAsync(ct);

    /// <summary>Follow-ups without a result that are overdue or due within the next 30 days, earliest first.</summary>
    public async Task<List<ParticipationDto>?> FollowUpsAsync(int structureId, CancellationToken ct)
    {
        if (!await access.CanReadAsync(structureId, ct))
        {
            return null;
        }

        var horizon = clock.Today.AddDays(30);
        return await Project((await access.VisibleAsync(ct)).AsNoTracking()
                .Where(Completeness.FollowUpPending).Where(p => p.StructureId == structureId && p.FollowUpDue <= horizon)
                .OrderBy(p => p.FollowUpDue).ThenBy(p => p.Id).Take(500))
            .ToListAsync(ct);
    }

    private static IQueryable<ParticipationDto> Project(IQueryable<OneStop.Data.Entities.Participation> query) =>
        query.Select(p => new ParticipationDto(
            p.Id, p.StructureId, p.BeneficiaryId, p.Beneficiary!.LastName, p.Beneficiary.FirstName, p.Beneficiary.Amka, p.ExternalId,
            p.EntryDate, p.Gender, p.BirthDate, p.LabourStatus, p.UnemployedMonths, p.Isced,
            p.Disability, p.ThirdCountryNational, p.ForeignBackground, p.Minority, p.Homeless, p.OtherDisadvantaged, p.Rural,
            p.ExitDate, p.ExitSituation, p.QualificationGained, p.FollowUpDue, p.Situation6m, p.Improved6m, p.Version));
}
