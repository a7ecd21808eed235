using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Staff;

public sealed record LeaveDto(int Id, LeaveKind Kind, DateOnly From, DateOnly To);

public sealed record StaffDto(
    int Id,
    string Name,
    StaffSpecialty Specialty,
    ContractType ContractType,
    DateOnly ContractStart,
    DateOnly? ContractEnd,
    decimal WeeklyHours,
    IReadOnlyList<int> StructureIds,
    string? UserEmail,
    IReadOnlyList<LeaveDto> Leave,
    int Version);

public sealed record StructureOption(int Id, string Name);

/// <summary>Staff records as the user may read them (those of structures they manage).</summary>
public sealed class StaffQueries(AppDbContext db, StaffAccess access)
{
    /// <summary>The structures whose staff the user manages, by name.</summary>
    public async Task<List<StructureOption>> StructuresAsync(CancellationToken ct)
    {
        var managed = await access.ManagedAsync(ct);
        return await db.Structures.AsNoTracking()
            .Where(s => managed == null || managed.Contains(s.Id))
            .OrderBy(s => s.Name).Select(s => new StructureOption(s.Id, s.Name)).ToListAsync(ct);
    }

    public async Task<List<StaffDto>?> ListAsync(int structureId, CancellationToken ct)
    {
        if (!await access.CanManageStructureAsync(structureId, ct))
        {
            return null;
        }

        return await Query().Where(s => s.Structures.Any(x => x.StructureId == structureId)).OrderBy(s => s.Name).Select(Projection).ToListAsync(ct);
    }

    public async Task<StaffDto?> GetAsync(int id, CancellationToken ct) =>
        await access.CanManageStaffAsync(id, ct) ? await Query().Where(s => s.Id == id).Select(Projection).SingleOrDefaultAsync(ct) : null;

    /// <summary>The staff records linked to a user account (to check in and out themselves).</summary>
    public async Task<List<StaffDto>> OfUserAsync(string userId, CancellationToken ct) =>
        await Query().Where(s => s.UserId == userId).Select(Projection).ToListAsync(ct);

    public async Task<Dictionary<int, string>> StructureNamesAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Structures.AsNoTracking().Where(s => list.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
    }

    /// <summary>A structure's attendance of a day, or null when the user does not manage it.</summary>
    public async Task<AttendanceDay?> DayAsync(int structureId, DateOnly day, CancellationToken ct) =>
        await access.CanManageStructureAsync(structureId, ct) && await AttendanceBook.LoadAsync(db, structureId, day, day, ct) is { } book
            ? book.Day(day)
            : null;

    private IQueryable<StaffMember> Query() => db.StaffMembers.AsNoTracking();

    private System.Linq.Expressions.Expression<Func<StaffMember, StaffDto>> Projection => s => new StaffDto(
        s.Id, s.Name, s.Specialty, s.ContractType, s.ContractStart, s.ContractEnd, s.WeeklyHours,
        s.Structures.Select(x => x.StructureId).ToList(),
        s.UserId == null ? null : db.Users.Where(u => u.Id == s.UserId).Select(u => u.Email).FirstOrDefault(),
        s.Leave.OrderBy(l => l.From).Select(l => new LeaveDto(l.Id, l.Kind, l.From, l.To)).ToList(),
        s.Version);
}
