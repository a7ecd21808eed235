using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Cases;

public sealed record StaffChoice(string UserId, string Name, int StructureId);

/// <summary>Appointments are seen by the staff (FrontDesk, Caseworker, Coordinator) of the structure they belong to.</summary>
public sealed class AppointmentQueries(AppDbContext db, PeopleScope people)
{
    /// <summary>The roles that record people's contacts in a structure (its staff on the front line).</summary>
    private static readonly AppRole[] PeopleWorkers = AccessRules.RolesWith(Capability.WritePeople);

    public static readonly Expression<Func<Appointment, AppointmentDto>> Projection = a => new AppointmentDto(
        a.Id, a.StructureId, a.StaffUserId, a.Staff!.DisplayName, a.BeneficiaryId,
        a.Beneficiary != null ? a.Beneficiary.LastName + " " + a.Beneficiary.FirstName : null,
        a.CaseId, a.StartsAt, a.DurationMinutes, a.Subject, a.Location, a.IsCancelled);

    /// <summary>A staff member's appointments from a day (Athens) for some days, in the structures the user works in.</summary>
    public async Task<List<AppointmentDto>> ForStaffAsync(string staffUserId, DateOnly from, int days, CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        var start = AthensClock.ToUtc(from, TimeOnly.MinValue);
        var end = AthensClock.ToUtc(from.AddDays(days), TimeOnly.MinValue);
        return await db.Appointments.AsNoTracking()
            .Where(a => a.StaffUserId == staffUserId && write.Contains(a.StructureId) && a.StartsAt >= start && a.StartsAt < end)
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id)
            .Select(Projection).ToListAsync(ct);
    }

    public async Task<AppointmentDto?> GetAsync(long id, CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        return await db.Appointments.AsNoTracking().Where(a => a.Id == id && write.Contains(a.StructureId)).Select(Projection).SingleOrDefaultAsync(ct);
    }

    /// <summary>Everyone who keeps appointments in the structures the user works in.</summary>
    public async Task<List<StaffChoice>> StaffAsync(CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        var rows = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.StructureId != null && write.Contains(r.StructureId.Value) && !r.User!.IsDisabled
                && PeopleWorkers.Contains(r.Role))
            .Select(r => new StaffChoice(r.UserId, r.User!.DisplayName, r.StructureId!.Value))
            .ToListAsync(ct);
        return rows.DistinctBy(r => (r.UserId, r.StructureId)).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
    }
}
