using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Activities;

/// <summary>
/// Activities, their sessions and attendance, by the structure's staff. A registered attendance is
/// also a contact of the person: it is linked to the person's visit of that day in the structure,
/// written (channel in person, the activity's axis and title) only when there is none yet, so a
/// person counts once per day however many sessions they attend.
/// </summary>
public sealed class ActivityWriter(AppDbContext db, PeopleScope people, VisitWriter visits, AthensClock clock, IStringLocalizer<ActivitiesResource> t)
{
    public sealed record Result(long? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound;
    }

    public async Task<Result> CreateAsync(ActivityFields input, CancellationToken ct)
    {
        if (input.StructureId is not { } structureId || !await people.CanWorkInAsync(structureId, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        var activity = new Activity
        {
            StructureId = structureId, Title = input.Title!.Trim(), Type = input.Type!.Value, Axis = input.Axis!.Value,
            Place = Clean(input.Place), Facilitators = Clean(input.Facilitators), Capacity = input.Capacity, Notes = Clean(input.Notes),
        };
        for (var i = 0; i < input.Repeat; i++)
        {
            activity.Sessions.Add(new ActivitySession { Day = input.FirstDay!.Value.AddDays(7 * i), StartsAt = input.StartsAt });
        }

        db.Activities.Add(activity);
        await db.SaveChangesAsync(ct);
        return new Result(activity.Id, []);
    }

    public async Task<Result> AttendAsync(AttendanceFields input, CancellationToken ct)
    {
        var session = await SessionAsync(input.SessionId!.Value, ct);
        if (session is null)
        {
            return new Result(null, [], NotFound: true);
        }

        var personId = input.BeneficiaryId!.Value;
        var present = await db.SessionAttendance.AsNoTracking().Where(a => a.SessionId == session.Id && a.BeneficiaryId == personId).Select(a => (long?)a.Id).SingleOrDefaultAsync(ct);
        if (present is { } id)
        {
            return new Result(id, []);
        }

        if (session.Day > clock.Today)
        {
            return new Result(null, [new(nameof(input.SessionId), t["SessionInFuture"])]);
        }

        var activity = session.Activity!;
        if (activity.Capacity is { } capacity && await db.SessionAttendance.CountAsync(a => a.SessionId == session.Id, ct) >= capacity)
        {
            return new Result(null, [new(nameof(input.SessionId), t["SessionFull"])]);
        }

        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
        var visitId = await db.Visits.AsNoTracking()
            .Where(v => v.StructureId == activity.StructureId && v.BeneficiaryId == personId && v.Day == session.Day)
            .OrderBy(v => v.OccurredAt).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
        if (visitId is null)
        {
            var at = AthensClock.ToUtc(session.Day, session.StartsAt ?? new TimeOnly(12, 0));
            var visit = await visits.CreateAsync(new VisitFields
            {
                StructureId = activity.StructureId, BeneficiaryId = personId, Channel = VisitChannel.InPerson, Reason = activity.Title,
                Axis = activity.Axis, Outcome = VisitOutcome.Informed, OccurredAt = at > clock.UtcNow ? clock.UtcNow : at,
            }, ct);
            if (!visit.Succeeded)
            {
                return new Result(null, visit.NotFound ? [] : [.. visit.Errors.Select(e => new KeyValuePair<string, string>(nameof(input.BeneficiaryId), e.Value))], visit.NotFound);
            }

            visitId = visit.Id;
        }

        var attendance = new SessionAttendance { SessionId = session.Id, BeneficiaryId = personId, VisitId = visitId!.Value };
        db.SessionAttendance.Add(attendance);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return new Result(attendance.Id, []);
    }

    public async Task<Result> RemoveAttendanceAsync(int sessionId, int attendanceId, CancellationToken ct)
    {
        if (await SessionAsync(sessionId, ct) is null)
        {
            return new Result(null, [], NotFound: true);
        }

        var attendance = await db.SessionAttendance.SingleOrDefaultAsync(a => a.Id == attendanceId && a.SessionId == sessionId, ct);
        if (attendance is null)
        {
            return new Result(null, [], NotFound: true);
        }

        db.SessionAttendance.Remove(attendance);
        await db.SaveChangesAsync(ct);
        return new Result(attendanceId, []);
    }

    public async Task<Result> AddHeadCountAsync(HeadCountFields input, CancellationToken ct)
    {
        var session = await SessionAsync(input.SessionId!.Value, ct);
        if (session is null)
        {
            return new Result(null, [], NotFound: true);
        }

        var row = await db.SessionHeadCounts.SingleOrDefaultAsync(h => h.SessionId == session.Id && h.Gender == input.Gender && h.AgeBand == input.AgeBand, ct);
        if (row is null)
        {
            row = new SessionHeadCount { SessionId = session.Id, Gender = input.Gender!.Value, AgeBand = input.AgeBand!.Value };
            db.SessionHeadCounts.Add(row);
        }

        if (row.Count + input.Count < 0)
        {
            return new Result(null, [new(nameof(input.Count), t["CountBelowZero"])]);
        }

        row.Count += input.Count;
        await db.SaveChangesAsync(ct);
        return new Result(row.Id, []);
    }

    private async Task<ActivitySession?> SessionAsync(int sessionId, CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        return await db.ActivitySessions.Include(s => s.Activity)
            .SingleOrDefaultAsync(s => s.Id == sessionId && write.Contains(s.Activity!.StructureId), ct);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
