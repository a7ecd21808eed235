using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Staff;

public sealed record BookStaff(int Id, string Name, StaffSpecialty Specialty, DateOnly ContractStart, DateOnly? ContractEnd, decimal WeeklyHours);

public sealed record BookLeave(int StaffId, LeaveKind Kind, DateOnly From, DateOnly To);

public sealed record BookEntry(int StaffId, DateOnly Day, DateTime? InAt, DateTime? OutAt);

/// <summary>One staff member's line of a day: times (Athens "HH:mm") or the leave they are on.</summary>
public sealed record AttendanceLine(int StaffId, string Name, StaffSpecialty Specialty, string? In, string? Out, LeaveKind? Leave);

public sealed record AttendanceDay(int StructureId, string StructureName, string MunicipalityName, DateOnly Day, Holiday? Holiday, IReadOnlyList<AttendanceLine> Lines);

/// <summary>
/// A structure's staff, leave and attendance for a period, read in three queries, from which every
/// day's sheet, month grid and person-months list of the period is built in memory.
/// </summary>
public sealed class AttendanceBook
{
    public required int StructureId { get; init; }
    public required string StructureName { get; init; }
    public required string MunicipalityName { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required IReadOnlyList<BookStaff> Staff { get; init; }
    public required ILookup<int, BookLeave> Leave { get; init; }
    public required Dictionary<(int StaffId, DateOnly Day), BookEntry> Entries { get; init; }

    public static async Task<AttendanceBook?> LoadAsync(AppDbContext db, int structureId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var structure = await db.Structures.AsNoTracking().Where(s => s.Id == structureId)
            .Select(s => new { s.Name, Municipality = s.Municipality!.Name }).SingleOrDefaultAsync(ct);
        if (structure is null)
        {
            return null;
        }

        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Structures.Any(x => x.StructureId == structureId) && s.ContractStart <= to && (s.ContractEnd == null || s.ContractEnd >= from))
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new BookStaff(s.Id, s.Name, s.Specialty, s.ContractStart, s.ContractEnd, s.WeeklyHours))
            .ToListAsync(ct);
        var ids = staff.Select(s => s.Id).ToList();
        var leave = await db.StaffLeave.AsNoTracking()
            .Where(l => ids.Contains(l.StaffMemberId) && l.From <= to && l.To >= from)
            .Select(l => new BookLeave(l.StaffMemberId, l.Kind, l.From, l.To)).ToListAsync(ct);
        var entries = await db.StaffAttendance.AsNoTracking()
            .Where(a => a.StructureId == structureId && a.Day >= from && a.Day <= to)
            .Select(a => new BookEntry(a.StaffMemberId, a.Day, a.InAt, a.OutAt)).ToListAsync(ct);

        return new AttendanceBook
        {
            StructureId = structureId,
            StructureName = structure.Name,
            MunicipalityName = structure.Municipality,
            From = from,
            To = to,
            Staff = staff,
            Leave = leave.ToLookup(l => l.StaffId),
            Entries = entries.ToDictionary(e => (e.StaffId, e.Day)),
        };
    }

    public static bool UnderContract(BookStaff s, DateOnly day) => s.ContractStart <= day && (s.ContractEnd is null || s.ContractEnd >= day);

    public LeaveKind? LeaveOn(int staffId, DateOnly day) => Leave[staffId].FirstOrDefault(l => l.From <= day && l.To >= day)?.Kind;

    public AttendanceDay Day(DateOnly day) => new(
        StructureId, StructureName, MunicipalityName, day, GreekHolidays.On(day),
        Staff.Where(s => UnderContract(s, day)).Select(s => Line(s, day)).ToList());

    public AttendanceLine Line(BookStaff s, DateOnly day)
    {
        var entry = Entries.GetValueOrDefault((s.Id, day));
        return new AttendanceLine(s.Id, s.Name, s.Specialty,
            entry?.InAt is { } i ? AttendanceWriter.Local(i) : null,
            entry?.OutAt is { } o ? AttendanceWriter.Local(o) : null,
            LeaveOn(s.Id, day));
    }

    /// <summary>Days that get a sheet: working days under the period, and any day with a check-in.</summary>
    public IEnumerable<DateOnly> SheetDays()
    {
        var recorded = Entries.Keys.Select(k => k.Day).ToHashSet();
        for (var d = From; d <= To; d = d.AddDays(1))
        {
            if (GreekHolidays.IsWorkingDay(d) || recorded.Contains(d))
            {
                yield return d;
            }
        }
    }
}
