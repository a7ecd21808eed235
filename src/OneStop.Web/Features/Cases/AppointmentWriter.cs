using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Cases;

/// <summary>Books and cancels appointments (from a case file or from the Today page); a staff member is never double-booked.</summary>
public sealed class AppointmentWriter(AppDbContext db, PeopleScope people, CurrentUser currentUser, AthensClock clock, CaseRecordWriter records, IStringLocalizer<CasesResource> t)
{
    public const int DefaultMinutes = 30;

    public async Task<CaseResult> BookAsync(AppointmentFields input, CancellationToken ct)
    {
        if (input.StructureId is not { } structureId || !await people.CanWorkInAsync(structureId, ct))
        {
            return CaseResult.Missing();
        }

        if (await records.StaffNameAsync(structureId, input.StaffUserId ?? "", ct) is null)
        {
            return CaseResult.Invalid(nameof(input.StaffUserId), t["UnknownStaff"]);
        }

        var personId = input.BeneficiaryId;
        if (input.CaseId is { } caseId)
        {
            var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId && c.StructureId == structureId).Select(c => new { c.BeneficiaryId }).SingleOrDefaultAsync(ct);
            if (found is null || (personId is not null && personId != found.BeneficiaryId))
            {
                return CaseResult.Invalid(nameof(input.CaseId), t["UnknownCase"]);
            }

            personId = found.BeneficiaryId;
        }

        if (personId is { } p && !await db.Beneficiaries.AnyAsync(b => b.Id == p && b.MergedIntoId == null && b.Links.Any(l => l.StructureId == structureId), ct))
        {
            return CaseResult.Invalid(nameof(input.BeneficiaryId), t["UnknownPerson"]);
        }

        var startsAt = AthensClock.ToUtc(input.Date!.Value, input.Time!.Value);
        if (input.Date < clock.Today)
        {
            return CaseResult.Invalid(nameof(input.Date), t["InThePast"]);
        }

        var minutes = input.DurationMinutes ?? DefaultMinutes;
        var endsAt = startsAt.AddMinutes(minutes);

        // Overlap with another appointment of the same staff member: starts before this ends and ends after this starts.
        var dayStart = startsAt.AddHours(-12);
        var clashes = await db.Appointments.AsNoTracking()
            .Where(a => a.StaffUserId == input.StaffUserId && !a.IsCancelled && a.StartsAt < endsAt && a.StartsAt >= dayStart)
            .Select(a => new { a.StartsAt, a.DurationMinutes }).ToListAsync(ct);
        if (clashes.Any(a => a.StartsAt.AddMinutes(a.DurationMinutes) > startsAt))
        {
            return CaseResult.Invalid(nameof(input.Time), t["StaffBusy"]);
        }

        var appointment = new Appointment
        {
            StructureId = structureId, StaffUserId = input.StaffUserId!, BeneficiaryId = personId, CaseId = input.CaseId, StartsAt = startsAt,
            DurationMinutes = minutes, Subject = input.Subject!.Trim(), Location = string.IsNullOrWhiteSpace(input.Location) ? null : input.Location.Trim(),
            BookedAt = clock.UtcNow, BookedByName = (await currentUser.GetAsync(ct)).DisplayName,
        };
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(appointment.Id);
    }

    public async Task<CaseResult> CancelAsync(long id, CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        if (await db.Appointments.SingleOrDefaultAsync(a => a.Id == id && write.Contains(a.StructureId), ct) is not { } appointment)
        {
            return CaseResult.Missing();
        }

        appointment.IsCancelled = true;
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(id);
    }
}
