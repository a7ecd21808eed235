using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Staff;

/// <summary>
/// Records a staff member's day: the Coordinator any past or present day, the staff member
/// themselves (their linked user) only today. Both times empty clears the day.
/// </summary>
public sealed class AttendanceWriter(AppDbContext db, StaffAccess access, CurrentUser currentUser, AthensClock clock, IStringLocalizer<StaffResource> t)
{
    public async Task<StaffResult> RecordAsync(int staffId, AttendanceFields input, CancellationToken ct)
    {
        var manages = await access.CanManageStaffAsync(staffId, ct);
        if (!manages && !await access.IsSelfAsync(staffId, ct))
        {
            return StaffResult.Missing;
        }

        var staff = await db.StaffMembers.AsNoTracking().Include(s => s.Structures).SingleAsync(s => s.Id == staffId, ct);
        var day = input.Date!.Value;
        var errors = new List<KeyValuePair<string, string>>();
        var timeIn = Parse(input.In);
        var timeOut = Parse(input.Out);

        if (day > clock.Today)
        {
            errors.Add(new(nameof(input.Date), t["FutureDate"]));
        }
        else if (!manages && day != clock.Today)
        {
            errors.Add(new(nameof(input.Date), t["SelfTodayOnly"]));
        }
        else if (day < staff.ContractStart || (staff.ContractEnd is { } end && day > end))
        {
            errors.Add(new(nameof(input.Date), t["OutsideContract"]));
        }
        else if ((timeIn ?? timeOut) is not null
            && await db.StaffLeave.Where(l => l.StaffMemberId == staffId && l.From <= day && l.To >= day).Select(l => (LeaveKind?)l.Kind).FirstOrDefaultAsync(ct) is { } kind)
        {
            errors.Add(new(nameof(input.Date), t["OnLeave", t["Leave_" + kind]]));
        }

        if (timeOut is not null && timeIn is null)
        {
            errors.Add(new(nameof(input.Out), t["OutWithoutIn"]));
        }
        else if (timeOut is { } o && timeIn is { } i && o <= i)
        {
            errors.Add(new(nameof(input.Out), t["OutBeforeIn"]));
        }

        var structureId = await StructureOfAsync(staff, input.StructureId, manages, ct);
        if (structureId is null)
        {
            errors.Add(new(nameof(input.StructureId), t["ChooseStructure"]));
        }

        if (errors.Count > 0)
        {
            return new StaffResult(null, errors);
        }

        var record = await db.StaffAttendance.SingleOrDefaultAsync(a => a.StaffMemberId == staffId && a.Day == day, ct);
        if (timeIn is null)
        {
            if (record is not null)
            {
                db.StaffAttendance.Remove(record);
                await db.SaveChangesAsync(ct);
            }

            return new StaffResult(null, errors);
        }

        if (record is null)
        {
            record = new StaffAttendance { StaffMemberId = staffId, Day = day };
            db.StaffAttendance.Add(record);
        }

        record.StructureId = structureId!.Value;
        record.InAt = AthensClock.ToUtc(day, timeIn.Value);
        record.OutAt = timeOut is { } outTime ? AthensClock.ToUtc(day, outTime) : null;
        record.RecordedByUserId = currentUser.Id;
        await db.SaveChangesAsync(ct);
        return new StaffResult((int)record.Id, errors);
    }

    /// <summary>The staff member checks in (no time yet) or out (checked in, not out) now.</summary>
    public async Task<StaffResult> CheckNowAsync(int staffId, int? structureId, CancellationToken ct)
    {
        if (!await access.IsSelfAsync(staffId, ct))
        {
            return StaffResult.Missing;
        }

        var today = clock.Today;
        var now = TimeOnly.FromDateTime(AthensClock.ToLocal(clock.UtcNow)).ToString("HH:mm", CultureInfo.InvariantCulture);
        var existing = await db.StaffAttendance.AsNoTracking().SingleOrDefaultAsync(a => a.StaffMemberId == staffId && a.Day == today, ct);
        var fields = existing?.InAt is { } inAt
            ? new AttendanceFields { Date = today, In = Local(inAt), Out = now, StructureId = existing.StructureId }
            : new AttendanceFields { Date = today, In = now, StructureId = structureId };
        return await RecordAsync(staffId, fields, ct);
    }

    public static string Local(DateTime utc) => AthensClock.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    private async Task<int?> StructureOfAsync(StaffMember staff, int? requested, bool manages, CancellationToken ct)
    {
        var own = staff.Structures.Select(s => s.StructureId).ToList();
        if (requested is { } r)
        {
            return own.Contains(r) && (!manages || await access.CanManageStructureAsync(r, ct) || await access.IsSelfAsync(staff.Id, ct)) ? r : null;
        }

        if (own.Count == 1)
        {
            return own[0];
        }

        var managed = await access.ManagedAsync(ct);
        var mine = own.Where(s => managed is null || managed.Contains(s)).ToList();
        return manages && mine.Count == 1 ? mine[0] : null;
    }

    private static TimeOnly? Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
