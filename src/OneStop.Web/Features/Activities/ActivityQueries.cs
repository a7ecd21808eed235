using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Activities;

public sealed record SessionSummaryDto(int Id, DateOnly Day, TimeOnly? StartsAt, int Registered, int Anonymous);

public sealed record ActivityDto(int Id, int StructureId, string Title, ActivityType Type, Axis Axis, string? Place, string? Facilitators, int? Capacity, string? Notes,
    int Version, IReadOnlyList<SessionSummaryDto> Sessions);

public sealed record AttendeeDto(int Id, int BeneficiaryId, string Name, long VisitId);

public sealed record HeadCountDto(Gender Gender, AgeBand AgeBand, int Count);

public sealed record SessionDto(int Id, int ActivityId, string ActivityTitle, int StructureId, string StructureName, string? Place, string? Facilitators, int? Capacity,
    DateOnly Day, TimeOnly? StartsAt, IReadOnlyList<AttendeeDto> Attendees, IReadOnlyList<HeadCountDto> HeadCounts);

/// <summary>Activities of the structures whose people the user reads.</summary>
public sealed class ActivityQueries(AppDbContext db, PeopleScope people)
{
    public async Task<List<ActivityDto>?> ForStructureAsync(int structureId, CancellationToken ct)
    {
        if (!(await people.GetAsync(ct)).Read.Contains(structureId))
        {
            return null;
        }

        var ids = await db.Activities.AsNoTracking().Where(a => a.StructureId == structureId).OrderByDescending(a => a.Id).Select(a => a.Id).Take(200).ToListAsync(ct);
        var result = new List<ActivityDto>();
        foreach (var id in ids)
        {
            result.Add((await GetAsync(id, ct))!);
        }

        return result;
    }

    public async Task<ActivityDto?> GetAsync(int id, CancellationToken ct)
    {
        var read = (await people.GetAsync(ct)).Read;
        var activity = await db.Activities.AsNoTracking().Where(a => a.Id == id && read.Contains(a.StructureId)).SingleOrDefaultAsync(ct);
        if (activity is null)
        {
            return null;
        }

        var sessions = await db.ActivitySessions.AsNoTracking().Where(s => s.ActivityId == id).OrderBy(s => s.Day).ThenBy(s => s.StartsAt)
            .Select(s => new SessionSummaryDto(s.Id, s.Day, s.StartsAt, s.Attendance.Count, s.HeadCounts.Sum(h => h.Count)))
            .ToListAsync(ct);
        return new ActivityDto(activity.Id, activity.StructureId, activity.Title, activity.Type, activity.Axis, activity.Place, activity.Facilitators, activity.Capacity,
            activity.Notes, activity.Version, sessions);
    }

    public async Task<SessionDto?> SessionAsync(int sessionId, CancellationToken ct)
    {
        var read = (await people.GetAsync(ct)).Read;
        var s = await db.ActivitySessions.AsNoTracking().Where(x => x.Id == sessionId && read.Contains(x.Activity!.StructureId))
            .Select(x => new
            {
                x.Id, x.ActivityId, x.Activity!.Title, x.Activity.StructureId, x.Activity.Place, x.Activity.Facilitators, x.Activity.Capacity, x.Day, x.StartsAt,
                StructureName = db.Structures.Where(st => st.Id == x.Activity.StructureId).Select(st => st.Name).Single(),
            })
            .SingleOrDefaultAsync(ct);
        if (s is null)
        {
            return null;
        }

        var attendees = await db.SessionAttendance.AsNoTracking().Where(a => a.SessionId == sessionId)
            .Select(a => new AttendeeDto(a.Id, a.BeneficiaryId, a.Beneficiary!.LastName + " " + a.Beneficiary.FirstName, a.VisitId))
            .ToListAsync(ct);
        var counts = await db.SessionHeadCounts.AsNoTracking().Where(h => h.SessionId == sessionId && h.Count > 0)
            .OrderBy(h => h.Gender).ThenBy(h => h.AgeBand)
            .Select(h => new HeadCountDto(h.Gender, h.AgeBand, h.Count)).ToListAsync(ct);
        return new SessionDto(s.Id, s.ActivityId, s.Title, s.StructureId, s.StructureName, s.Place, s.Facilitators, s.Capacity, s.Day, s.StartsAt,
            [.. attendees.OrderBy(a => a.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("el-GR"), true))], counts);
    }
}
