using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;
using ParticipationEntity = OneStop.Data.Entities.Participation;

namespace OneStop.Web.Features.Participants;

/// <summary>Records the entry, the exit and the six-month follow-up of one participation.</summary>
public sealed class ParticipationWriter(AppDbContext db, ParticipationAccess access, CurrentUser currentUser, AthensClock clock, IStringLocalizer<ParticipantsResource> t)
{
    public sealed record Result(int? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false, bool Conflict = false)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound && !Conflict;
    }

    public async Task<Result> CreateAsync(EntryFields input, CancellationToken ct)
    {
        if (input.StructureId is not { } structureId || input.BeneficiaryId is not { } personId
            || !await access.CanWriteAsync(structureId, ct) || !await access.PersonInStructureAsync(personId, structureId, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        var errors = CheckEntry(input);
        if (errors.Count == 0 && await db.Participations.AnyAsync(p => p.StructureId == structureId && p.BeneficiaryId == personId && p.EntryDate == input.EntryDate, ct))
        {
            errors.Add(new(nameof(input.EntryDate), t["DuplicateEntry"]));
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var user = await currentUser.GetAsync(ct);
        var p = new ParticipationEntity { StructureId = structureId, BeneficiaryId = personId, CreatedAt = clock.UtcNow, CreatedBy = user.Email };
        ApplyEntry(p, input);
        db.Participations.Add(p);
        await db.SaveChangesAsync(ct);
        return new Result(p.Id, []);
    }

    public async Task<Result> UpdateEntryAsync(int id, EntryFields input, CancellationToken ct)
    {
        var p = await LoadAsync(id, ct);
        if (p is null)
        {
            return new Result(null, [], NotFound: true);
        }

        input.StructureId = p.StructureId;
        input.BeneficiaryId = p.BeneficiaryId;
        var errors = CheckEntry(input);
        if (p.ExitDate is { } exit && input.EntryDate > exit)
        {
            errors.Add(new(nameof(input.EntryDate), t["EntryAfterExit"]));
        }

        if (errors.Count == 0 && await db.Participations.AnyAsync(x => x.Id != id && x.StructureId == p.StructureId && x.BeneficiaryId == p.BeneficiaryId && x.EntryDate == input.EntryDate, ct))
        {
            errors.Add(new(nameof(input.EntryDate), t["DuplicateEntry"]));
        }

        if (errors.Count > 0)
        {
            return new Result(id, errors);
        }

        ApplyEntry(p, input);
        return await SaveAsync(p, input.Version, ct);
    }

    public async Task<Result> RecordExitAsync(int id, ExitFields input, CancellationToken ct)
    {
        var p = await LoadAsync(id, ct);
        if (p is null)
        {
            return new Result(null, [], NotFound: true);
        }

        var errors = new List<KeyValuePair<string, string>>();
        if (input.ExitDate is { } exit && exit < p.EntryDate)
        {
            errors.Add(new(nameof(input.ExitDate), t["ExitBeforeEntry"]));
        }

        if (input.ExitDate is null && (input.ExitSituation is not null || input.QualificationGained is not null || input.Situation6m is not null || input.Improved6m is not null))
        {
            errors.Add(new(nameof(input.ExitDate), t["ExitDateNeeded"]));
        }

        if (input.ExitDate is { } exitDate && exitDate > clock.Today)
        {
            errors.Add(new(nameof(input.ExitDate), t["DateInFuture"]));
        }

        if ((input.Situation6m is not null || input.Improved6m is not null) && Completeness.FollowUpDue(input.ExitDate) > clock.Today)
        {
            errors.Add(new(nameof(input.Situation6m), t["FollowUpNotYetDue"]));
        }

        if (errors.Count > 0)
        {
            return new Result(id, errors);
        }

        p.ExitDate = input.ExitDate;
        p.ExitSituation = input.ExitSituation;
        p.QualificationGained = input.QualificationGained;
        p.FollowUpDue = Completeness.FollowUpDue(input.ExitDate);
        if (p.Situation6m != input.Situation6m || p.Improved6m != input.Improved6m)
        {
            p.FollowUpRecordedAt = input.Situation6m is null && input.Improved6m is null ? null : clock.UtcNow;
        }

        p.Situation6m = input.Situation6m;
        p.Improved6m = input.Improved6m;
        return await SaveAsync(p, input.Version, ct);
    }

    private async Task<ParticipationEntity?> LoadAsync(int id, CancellationToken ct)
    {
        var p = await db.Participations.SingleOrDefaultAsync(x => x.Id == id, ct);
        return p is not null && await access.CanWriteAsync(p.StructureId, ct) && await access.PersonInStructureAsync(p.BeneficiaryId, p.StructureId, ct) ? p : null;
    }

    private async Task<Result> SaveAsync(ParticipationEntity p, int? expectedVersion, CancellationToken ct)
    {
        if (expectedVersion is { } version)
        {
            db.Entry(p).Property(x => x.Version).OriginalValue = version;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return new Result(p.Id, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Result(p.Id, [], Conflict: true);
        }
    }

    private List<KeyValuePair<string, string>> CheckEntry(EntryFields input)
    {
        var errors = new List<KeyValuePair<string, string>>();
        if (input.EntryDate is { } entry && entry > clock.Today)
        {
            errors.Add(new(nameof(input.EntryDate), t["DateInFuture"]));
        }

        if (input.BirthDate is { } born && (born.Year < 1900 || (input.EntryDate is { } e && born > e)))
        {
            errors.Add(new(nameof(input.BirthDate), t["BirthAfterEntry"]));
        }

        return errors;
    }

    private static void ApplyEntry(ParticipationEntity p, EntryFields input)
    {
        p.EntryDate = input.EntryDate!.Value;
        p.Gender = input.Gender;
        p.BirthDate = input.BirthDate;
        p.LabourStatus = input.LabourStatus;
        p.UnemployedMonths = input.UnemployedMonths;
        p.Isced = input.Isced;
        p.Disability = input.Disability;
        p.ThirdCountryNational = input.ThirdCountryNational;
        p.ForeignBackground = input.ForeignBackground;
        p.Minority = input.Minority;
        p.Homeless = input.Homeless;
        p.OtherDisadvantaged = input.OtherDisadvantaged;
        p.Rural = input.Rural;
    }
}
