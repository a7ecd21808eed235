using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Distribution;

/// <summary>A household's standing on a list on a day: what the counter shows, and what the rule decides.</summary>
public sealed record EligibilityDto(
    int ListId,
    int BeneficiaryId,
    DateOnly Day,
    bool OnList,
    bool InDates,
    int HouseholdSize,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    int ReceivedInPeriod,
    int MaxPerPeriod,
    bool Enforced,
    IReadOnlyList<PreviousDistributionDto> Previous)
{
    public bool Eligible => OnList && InDates && ReceivedInPeriod < MaxPerPeriod;
}

public sealed record PreviousDistributionDto(long Id, DateOnly Day, int Parcels, string? Items);

/// <summary>Checks the list's dates and its "N times per period" rule for one household.</summary>
public sealed class Eligibility(AppDbContext db)
{
    /// <summary>The household's standing, or null when the list does not exist.</summary>
    public async Task<EligibilityDto?> CheckAsync(int listId, int beneficiaryId, DateOnly day, long? exceptDistributionId, CancellationToken ct)
    {
        var list = await db.EligibilityLists.AsNoTracking().Where(l => l.Id == listId)
            .Select(l => new { l.MaxPerPeriod, l.Period, l.Enforced }).SingleOrDefaultAsync(ct);
        if (list is null)
        {
            return null;
        }

        var household = await db.EligibleHouseholds.AsNoTracking()
            .Where(h => h.ListId == listId && h.BeneficiaryId == beneficiaryId)
            .Select(h => new { h.StartDate, h.EndDate, h.HouseholdSize })
            .SingleOrDefaultAsync(ct);
        var (from, to) = DistributionPeriod.Of(day, list.Period);
        var previous = await db.Distributions.AsNoTracking()
            .Where(d => d.ListId == listId && d.BeneficiaryId == beneficiaryId && d.Day >= from && d.Day <= to && d.Id != exceptDistributionId)
            .OrderBy(d => d.Day).ThenBy(d => d.Id)
            .Select(d => new PreviousDistributionDto(d.Id, d.Day, d.Parcels, d.Items))
            .ToListAsync(ct);
        var inDates = household is not null && day >= household.StartDate && (household.EndDate is null || day <= household.EndDate);
        return new EligibilityDto(listId, beneficiaryId, day, household is not null, inDates, household?.HouseholdSize ?? 0,
            from, to, previous.Count, list.MaxPerPeriod, list.Enforced, previous);
    }
}
