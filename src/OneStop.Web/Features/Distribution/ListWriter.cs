using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Distribution;

/// <summary>Eligibility lists (structure managers), their households and rounds (the structure's staff).</summary>
public sealed class ListWriter(AppDbContext db, StructureScope structures, PeopleScope people, IStringLocalizer<DistributionResource> t)
{
    public sealed record Result(int? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound;
    }

    public async Task<Result> CreateListAsync(ListFields input, CancellationToken ct)
    {
        if (input.StructureId is not { } structureId || !await structures.CanManageAsync(structureId, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        var name = input.Name!.Trim();
        if (await db.EligibilityLists.AnyAsync(l => l.StructureId == structureId && l.Name == name, ct))
        {
            return new Result(null, [new(nameof(input.Name), t["ListNameTaken"])]);
        }

        if (input.ProgrammeId is { } programmeId && !await db.Programmes.AnyAsync(p => p.Id == programmeId, ct))
        {
            return new Result(null, [new(nameof(input.ProgrammeId), t["UnknownProgramme"])]);
        }

        var list = new EligibilityList { StructureId = structureId, ProgrammeId = input.ProgrammeId, Name = name, MaxPerPeriod = input.MaxPerPeriod, Period = input.Period, Enforced = input.Enforced };
        db.EligibilityLists.Add(list);
        await db.SaveChangesAsync(ct);
        return new Result(list.Id, []);
    }

    /// <summary>Adds a household to the list, or changes its size and dates when it is already there.</summary>
    public async Task<Result> PutHouseholdAsync(int listId, EligibleHouseholdFields input, CancellationToken ct)
    {
        var list = await db.EligibilityLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, ct);
        if (list is null || !await people.CanWorkInAsync(list.StructureId, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        var errors = new List<KeyValuePair<string, string>>();
        var personId = input.BeneficiaryId!.Value;
        if (!await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == personId && b.Links.Any(l => l.StructureId == list.StructureId), ct))
        {
            errors.Add(new(nameof(input.BeneficiaryId), t["UnknownHousehold"]));
        }

        if (input.EndDate is { } end && end < input.StartDate)
        {
            errors.Add(new(nameof(input.EndDate), t["EndBeforeStart"]));
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var household = await db.EligibleHouseholds.SingleOrDefaultAsync(h => h.ListId == listId && h.BeneficiaryId == personId, ct);
        if (household is null)
        {
            household = new EligibleHousehold { ListId = listId, BeneficiaryId = personId };
            db.EligibleHouseholds.Add(household);
        }

        household.HouseholdSize = input.HouseholdSize;
        household.StartDate = input.StartDate!.Value;
        household.EndDate = input.EndDate;
        await db.SaveChangesAsync(ct);
        return new Result(household.Id, errors);
    }

    public async Task<Result> CreateRoundAsync(int listId, RoundFields input, CancellationToken ct)
    {
        var list = await db.EligibilityLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, ct);
        if (list is null || !await people.CanWorkInAsync(list.StructureId, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        var round = new DistributionRound
        {
            StructureId = list.StructureId, ListId = listId, Day = input.Day!.Value, Place = input.Place!.Trim(), AnonymousMeals = input.AnonymousMeals,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
        };
        db.DistributionRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return new Result(round.Id, []);
    }
}
