using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Staff;

public sealed record StaffResult(int? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false, bool Conflict = false)
{
    public bool Succeeded => Errors.Count == 0 && !NotFound && !Conflict;

    public static StaffResult Missing => new(null, [], NotFound: true);
}

/// <summary>Creates and changes staff records and their leave; only in structures the user manages.</summary>
public sealed class StaffWriter(AppDbContext db, StaffAccess access, IStringLocalizer<StaffResource> t)
{
    public async Task<StaffResult> SaveAsync(int? id, StaffFields input, CancellationToken ct)
    {
        StaffMember staff;
        if (id is null)
        {
            staff = new StaffMember { Name = "" };
        }
        else
        {
            if (!await access.CanManageStaffAsync(id.Value, ct))
            {
                return StaffResult.Missing;
            }

            staff = await db.StaffMembers.Include(s => s.Structures).SingleAsync(s => s.Id == id, ct);
            if (input.Version is { } version)
            {
                db.Entry(staff).Property(s => s.Version).OriginalValue = version;
            }
        }

        var errors = new List<KeyValuePair<string, string>>();
        var structures = input.StructureIds.Distinct().ToList();
        foreach (var structureId in structures)
        {
            if (!await access.CanManageStructureAsync(structureId, ct))
            {
                return StaffResult.Missing;
            }
        }

        if (input.ContractEnd is { } end && end < input.ContractStart)
        {
            errors.Add(new(nameof(input.ContractEnd), t["ContractEndBeforeStart"]));
        }

        string? userId = null;
        if (!string.IsNullOrWhiteSpace(input.UserEmail))
        {
            var normalized = input.UserEmail.Trim().ToUpperInvariant();
            userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleOrDefaultAsync(ct);
            if (userId is null)
            {
                errors.Add(new(nameof(input.UserEmail), t["UnknownUser"]));
            }
            else if (await db.StaffMembers.AnyAsync(s => s.UserId == userId && s.Id != (id ?? 0), ct))
            {
                errors.Add(new(nameof(input.UserEmail), t["UserAlreadyLinked"]));
            }
        }

        if (errors.Count > 0)
        {
            return new StaffResult(id, errors);
        }

        staff.Name = input.Name!.Trim();
        staff.Specialty = input.Specialty!.Value;
        staff.ContractType = input.ContractType!.Value;
        staff.ContractStart = input.ContractStart!.Value;
        staff.ContractEnd = input.ContractEnd;
        staff.WeeklyHours = input.WeeklyHours!.Value;
        staff.UserId = userId;
        staff.Structures.RemoveAll(s => !structures.Contains(s.StructureId));
        staff.Structures.AddRange(structures.Where(s => staff.Structures.All(x => x.StructureId != s)).Select(s => new StaffStructure { StructureId = s }));
        if (id is null)
        {
            db.StaffMembers.Add(staff);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new StaffResult(id, [], Conflict: true);
        }

        return new StaffResult(staff.Id, errors);
    }

    public async Task<StaffResult> AddLeaveAsync(int staffId, LeaveFields input, CancellationToken ct)
    {
        if (!await access.CanManageStaffAsync(staffId, ct))
        {
            return StaffResult.Missing;
        }

        var staff = await db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == staffId, ct);
        var (from, to) = (input.From!.Value, input.To!.Value);
        var errors = new List<KeyValuePair<string, string>>();
        if (to < from)
        {
            errors.Add(new(nameof(input.To), t["ToBeforeFrom"]));
        }
        else if (from < staff.ContractStart || (staff.ContractEnd is { } end && to > end))
        {
            errors.Add(new(nameof(input.From), t["LeaveOutsideContract"]));
        }
        else if (await db.StaffLeave.AnyAsync(l => l.StaffMemberId == staffId && l.From <= to && l.To >= from, ct))
        {
            errors.Add(new(nameof(input.From), t["LeaveOverlaps"]));
        }
        else if (await db.StaffAttendance.AnyAsync(a => a.StaffMemberId == staffId && a.Day >= from && a.Day <= to && a.InAt != null, ct))
        {
            errors.Add(new(nameof(input.From), t["LeaveOverlapsAttendance"]));
        }

        if (errors.Count > 0)
        {
            return new StaffResult(null, errors);
        }

        var leave = new StaffLeave { StaffMemberId = staffId, Kind = input.Kind!.Value, From = from, To = to };
        db.StaffLeave.Add(leave);
        await db.SaveChangesAsync(ct);
        return new StaffResult(leave.Id, errors);
    }

    public async Task<StaffResult> DeleteLeaveAsync(int staffId, int leaveId, CancellationToken ct)
    {
        if (!await access.CanManageStaffAsync(staffId, ct) || await db.StaffLeave.SingleOrDefaultAsync(l => l.Id == leaveId && l.StaffMemberId == staffId, ct) is not { } leave)
        {
            return StaffResult.Missing;
        }

        db.StaffLeave.Remove(leave);
        await db.SaveChangesAsync(ct);
        return new StaffResult(leaveId, []);
    }
}
