using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.FrontDesk;

/// <summary>
/// Logs and corrects visits for the Today form and the API. A visit of a person links them to the
/// structure (LinkReason.Visit). The day's entries are corrected by the structure's staff; older
/// ones only by its Coordinators.
/// </summary>
public sealed class VisitWriter(AppDbContext db, PeopleScope people, AccessScope scope, CurrentUser currentUser, AthensClock clock, IStringLocalizer<FrontDeskResource> t)
{
    public sealed record Result(long? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false, bool Forbidden = false, bool Conflict = false)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound && !Forbidden && !Conflict;
    }

    public async Task<Result> CreateAsync(VisitFields input, CancellationToken ct)
    {
        if (input.StructureId is not { } structureId || !await people.CanWorkInAsync(structureId, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        var visit = new Visit { StructureId = structureId, Reason = "" };
        var errors = await ApplyAsync(visit, input, ct);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var user = await currentUser.GetAsync(ct);
        visit.StaffUserId = user.UserId;
        visit.StaffName = user.DisplayName;
        db.Visits.Add(visit);
        await db.SaveChangesAsync(ct);
        return new Result(visit.Id, errors);
    }

    public async Task<Result> UpdateAsync(long id, VisitFields input, CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        var visit = await db.Visits.Include(v => v.Services).SingleOrDefaultAsync(v => v.Id == id && write.Contains(v.StructureId), ct);
        if (visit is null)
        {
            return new Result(null, [], NotFound: true);
        }

        if (!await CanCorrectAsync(visit.StructureId, visit.Day, ct))
        {
            return new Result(id, [], Forbidden: true);
        }

        if (input.StructureId is { } s && s != visit.StructureId)
        {
            return new Result(id, [new(nameof(input.StructureId), t["StructureCannotChange"])]);
        }

        if (input.Version is { } version)
        {
            db.Entry(visit).Property(v => v.Version).OriginalValue = version;
        }

        var errors = await ApplyAsync(visit, input, ct);
        if (errors.Count == 0 && !await CanCorrectAsync(visit.StructureId, visit.Day, ct))
        {
            errors.Add(new(nameof(input.OccurredAt), t["OlderDayCoordinatorOnly"]));
        }

        if (errors.Count > 0)
        {
            return new Result(id, errors);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return new Result(id, errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Result(id, errors, Conflict: true);
        }
    }

    /// <summary>Today's entries: the structure's staff; older days: its Coordinators.</summary>
    public async Task<bool> CanCorrectAsync(int structureId, DateOnly day, CancellationToken ct)
    {
        if (!await people.CanWorkInAsync(structureId, ct))
        {
            return false;
        }

        return day >= clock.Today
            || await scope.CanAsync(Capability.Coordinate, structureId, ct);
    }

    private async Task<List<KeyValuePair<string, string>>> ApplyAsync(Visit visit, VisitFields input, CancellationToken ct)
    {
        var errors = new List<KeyValuePair<string, string>>();
        void Error(string field, string key) => errors.Add(new(field, t[key]));

        Beneficiary? person = null;
        if (input.Anonymous)
        {
            if (input.BeneficiaryId is not null)
            {
                Error(nameof(input.BeneficiaryId), "AnonymousWithPerson");
            }
        }
        else if (input.BeneficiaryId is not { } personId)
        {
            Error(nameof(input.BeneficiaryId), "PersonRequired");
        }
        else if (personId != visit.BeneficiaryId)
        {
            person = await (await people.VisibleAsync(ct)).Include(b => b.Links).SingleOrDefaultAsync(b => b.Id == personId, ct);
            var partition = await people.PartitionOfAsync(visit.StructureId, ct);

            // A person of a protected structure is never linked to another structure, and back.
            if (person is null || (person.Partition != partition && person.Links.All(l => l.StructureId != visit.StructureId)))
            {
                Error(nameof(input.BeneficiaryId), "UnknownPerson");
            }
        }

        var serviceIds = input.ServiceIds.Distinct().ToList();
        var current = visit.Services.Select(x => x.ServiceId).ToList();
        var known = await db.Services.AsNoTracking()
            .Where(s => s.StructureId == visit.StructureId && serviceIds.Contains(s.Id) && (s.IsActive || current.Contains(s.Id)))
            .Select(s => s.Id)
            .ToListAsync(ct);
        if (known.Count != serviceIds.Count)
        {
            Error(nameof(input.ServiceIds), "UnknownService");
        }

        var now = clock.UtcNow;
        var occurredAt = input.OccurredAt?.UtcDateTime ?? (visit.Id == 0 ? now : visit.OccurredAt);
        if (occurredAt > now.AddMinutes(5))
        {
            Error(nameof(input.OccurredAt), "InTheFuture");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (person is not null)
        {
            visit.BeneficiaryId = person.Id;
            if (person.Links.All(l => l.StructureId != visit.StructureId))
            {
                person.Links.Add(new BeneficiaryLink { StructureId = visit.StructureId, Reason = LinkReason.Visit, LinkedAt = now, LinkedBy = currentUser.Id });
            }
        }
        else if (input.Anonymous)
        {
            visit.BeneficiaryId = null;
        }

        visit.AnonymousGender = input.Anonymous ? input.Gender : null;
        visit.AnonymousAgeBand = input.Anonymous ? input.AgeBand : null;
        visit.AnonymousNationality = input.Anonymous && !string.IsNullOrWhiteSpace(input.Nationality) ? input.Nationality.Trim().ToUpperInvariant() : null;
        visit.Channel = input.Channel ?? VisitChannel.InPerson;
        visit.Reason = input.Reason!.Trim();
        visit.Axis = input.Axis!.Value;
        visit.Outcome = input.Outcome!.Value;
        visit.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        visit.OccurredAt = occurredAt;
        visit.Day = AthensClock.DayOf(occurredAt);
        visit.Services.RemoveAll(s => !serviceIds.Contains(s.ServiceId));
        visit.Services.AddRange(serviceIds.Where(id => visit.Services.All(s => s.ServiceId != id)).Select(id => new VisitService { ServiceId = id }));
        return errors;
    }
}
