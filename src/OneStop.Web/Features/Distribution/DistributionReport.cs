using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Distribution;

public sealed record ItemCountDto(string Items, int Distributions, int Parcels);

/// <summary>ESF+ material-deprivation end recipients (FEAD-style breakdowns) of the households served.</summary>
public sealed record EndRecipientsDto(int Total, int ChildrenUnder18, int From18To29, int Aged65OrOver, int WithDisabilities, int ThirdCountryNationals,
    int ForeignBackgroundOrMinorities, int Homeless, int Women);

public sealed record DistributionReportDto(int StructureId, DateOnly From, DateOnly To, int Distributions, int HouseholdsServed, int PersonsServed, int Parcels,
    int AnonymousMeals, IReadOnlyList<ItemCountDto> Items, EndRecipientsDto EndRecipients);

/// <summary>
/// Households and persons served in a period, items given, and the end-recipient breakdowns. Persons
/// served are the households' sizes; the breakdowns count the applicant (all categories) and the
/// household members listed in the registry (age only, from their birth dates); ages are taken on the
/// household's first distribution of the period. Read by those who see the structure's people or its statistics with
/// the people behind them (never across a protected structure's wall, never by aggregate-only roles: its cells are small).
/// </summary>
public sealed class DistributionReport(AppDbContext db, AccessScope scope)
{
    public async Task<DistributionReportDto?> BuildAsync(int structureId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!await scope.CanAsync(Capability.ReadPeople, structureId, ct) && !await scope.CanAsync(Capability.StatisticsWithPeople, structureId, ct))
        {
            return null;
        }

        var rows = await db.Distributions.AsNoTracking()
            .Where(d => d.StructureId == structureId && d.Day >= from && d.Day <= to)
            .Select(d => new { d.BeneficiaryId, d.Day, d.HouseholdSize, d.Parcels, d.Items })
            .ToListAsync(ct);
        var meals = await db.DistributionRounds.AsNoTracking()
            .Where(r => r.StructureId == structureId && r.Day >= from && r.Day <= to)
            .SumAsync(r => r.AnonymousMeals, ct);

        var households = rows.GroupBy(r => r.BeneficiaryId)
            .ToDictionary(g => g.Key, g => (First: g.Min(r => r.Day), Size: g.Max(r => r.HouseholdSize)));
        var ids = households.Keys.ToList();
        var applicants = await db.Beneficiaries.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Select(b => new { b.Id, b.BirthDate, b.Gender, b.Disability, b.ThirdCountryNational, b.ForeignBackground, b.Minority, b.Homeless })
            .ToListAsync(ct);
        var members = await db.HouseholdMembers.AsNoTracking().Where(m => ids.Contains(m.BeneficiaryId))
            .Select(m => new { m.BeneficiaryId, m.BirthDate })
            .ToListAsync(ct);

        int children = 0, young = 0, old = 0;
        void CountAge(DateOnly? birth, DateOnly on)
        {
            if (birth is not { } b)
            {
                return;
            }

            var age = on.Year - b.Year - (on < b.AddYears(on.Year - b.Year) ? 1 : 0);
            children += age < 18 ? 1 : 0;
            young += age is >= 18 and <= 29 ? 1 : 0;
            old += age >= 65 ? 1 : 0;
        }

        foreach (var a in applicants)
        {
            CountAge(a.BirthDate, households[a.Id].First);
        }

        foreach (var m in members)
        {
            CountAge(m.BirthDate, households[m.BeneficiaryId].First);
        }

        var endRecipients = new EndRecipientsDto(
            households.Values.Sum(h => h.Size),
            children,
            young,
            old,
            applicants.Count(a => a.Disability == YesNoRefused.Yes),
            applicants.Count(a => a.ThirdCountryNational == true),
            applicants.Count(a => a.ForeignBackground == YesNoRefused.Yes || a.Minority == YesNoRefused.Yes),
            applicants.Count(a => a.Homeless == YesNoRefused.Yes),
            applicants.Count(a => a.Gender == Gender.Female));

        var items = rows.GroupBy(r => r.Items ?? "")
            .Select(g => new ItemCountDto(g.Key, g.Count(), g.Sum(r => r.Parcels)))
            .OrderByDescending(i => i.Parcels).ThenBy(i => i.Items, StringComparer.Ordinal)
            .ToList();

        return new DistributionReportDto(structureId, from, to, rows.Count, households.Count, households.Values.Sum(h => h.Size), rows.Sum(r => r.Parcels), meals, items, endRecipients);
    }
}
