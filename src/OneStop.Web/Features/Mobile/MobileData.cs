using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Domain;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Mobile;

public sealed record MobileHousehold(int BeneficiaryId, string Name, int HouseholdSize, bool InDates, int ReceivedInPeriod);

public sealed record MobileList(int Id, string Name, int MaxPerPeriod, bool Enforced, DateOnly PeriodFrom, DateOnly PeriodTo, IReadOnlyList<MobileHousehold> Households);

public sealed record MobileStructure(int Id, string Name, IReadOnlyList<MobileList> Lists);

/// <summary>
/// What the offline app takes along: the structures the user works in, their active lists and each
/// household's standing today (as of the last time the page was loaded online).
/// </summary>
public sealed class MobileData(AppDbContext db, PeopleScope people, AthensClock clock)
{
    public async Task<List<MobileStructure>> LoadAsync(CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        var structures = await db.Structures.AsNoTracking().Where(s => write.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var lists = await db.EligibilityLists.AsNoTracking().Where(l => write.Contains(l.StructureId) && l.IsActive).OrderBy(l => l.Name).ToListAsync(ct);
        var listIds = lists.Select(l => l.Id).ToList();
        var visible = await people.VisibleAsync(ct);
        var households = await db.EligibleHouseholds.AsNoTracking().Where(h => listIds.Contains(h.ListId))
            .Join(visible, h => h.BeneficiaryId, b => b.Id, (h, b) => new { h.ListId, h.BeneficiaryId, b.LastName, b.FirstName, h.HouseholdSize, h.StartDate, h.EndDate })
            .ToListAsync(ct);
        var today = clock.Today;
        var earliest = today.AddYears(-1);
        var given = await db.Distributions.AsNoTracking().Where(d => listIds.Contains(d.ListId) && d.Day >= earliest)
            .Select(d => new { d.ListId, d.BeneficiaryId, d.Day }).ToListAsync(ct);

        var result = new List<MobileStructure>();
        foreach (var s in structures)
        {
            var mine = new List<MobileList>();
            foreach (var l in lists.Where(l => l.StructureId == s.Id))
            {
                var (from, to) = DistributionPeriod.Of(today, l.Period);
                var rows = households.Where(h => h.ListId == l.Id)
                    .OrderBy(h => h.LastName, StringComparer.CurrentCulture).ThenBy(h => h.FirstName, StringComparer.CurrentCulture)
                    .Select(h => new MobileHousehold(h.BeneficiaryId, h.LastName + " " + h.FirstName, h.HouseholdSize,
                        today >= h.StartDate && (h.EndDate is null || today <= h.EndDate),
                        given.Count(d => d.ListId == l.Id && d.BeneficiaryId == h.BeneficiaryId && d.Day >= from && d.Day <= to)))
                    .ToList();
                mine.Add(new MobileList(l.Id, l.Name, l.MaxPerPeriod, l.Enforced, from, to, rows));
            }

            result.Add(new MobileStructure(s.Id, s.Name, mine));
        }

        return result;
    }
}
