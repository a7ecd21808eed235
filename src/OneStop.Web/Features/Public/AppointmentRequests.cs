using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Public;

public sealed record AppointmentRow(int Id, string Name, string? Phone, string? Email, string Topic, DateOnly? PreferredDate, TimeWindow Window, string? Programmes, DateTime RequestedAt, AppointmentStatus Status, DateTime? AppointmentAt, int Version);

/// <summary>
/// Stores the public requests and lets the front desk of the structure confirm them or propose
/// another time. Only users who work in the structure see the requests (they carry names).
/// </summary>
public sealed class AppointmentRequests(AppDbContext db, PortalQueries portal, PeopleScope people, CurrentUser currentUser, AthensClock clock, IStringLocalizer<PublicResource> t)
{
    public sealed record Result(List<KeyValuePair<string, string>> Errors, bool NotFound = false, bool Conflict = false)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound && !Conflict;
    }

    public async Task<Result> CreateAsync(int municipalityId, AppointmentFields input, CancellationToken ct)
    {
        var errors = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrWhiteSpace(input.Phone) && string.IsNullOrWhiteSpace(input.Email))
        {
            errors.Add(new(nameof(input.Phone), t["PhoneOrEmail"]));
        }

        if (!input.Consent)
        {
            errors.Add(new(nameof(input.Consent), t["ConsentRequired"]));
        }

        if (input.PreferredDate is { } date && (date < clock.Today || date > clock.Today.AddDays(90)))
        {
            errors.Add(new(nameof(input.PreferredDate), t["DateOutOfRange"]));
        }

        if (input.StructureId is not { } structureId || !await portal.IsPublicAsync(municipalityId, structureId, ct))
        {
            errors.Add(new(nameof(input.StructureId), t["ChooseStructure"]));
        }

        if (errors.Count > 0)
        {
            return new Result(errors);
        }

        db.AppointmentRequests.Add(new AppointmentRequest
        {
            StructureId = input.StructureId!.Value,
            Name = input.Name!.Trim(),
            Phone = Clean(input.Phone),
            Email = Clean(input.Email),
            Topic = input.Topic!.Trim(),
            PreferredDate = input.PreferredDate,
            Window = Enum.IsDefined(input.Window) ? input.Window : TimeWindow.Any,
            ProgrammeCodes = Clean(input.Programmes),
            RequestedAt = clock.UtcNow,
            Status = AppointmentStatus.Requested,
        });
        await db.SaveChangesAsync(ct);
        return new Result([]);
    }

    /// <summary>Open requests of the structure, and those confirmed or proposed for the day; null when the user does not work there.</summary>
    public async Task<List<AppointmentRow>?> ForDayAsync(int structureId, DateOnly day, CancellationToken ct)
    {
        if (!await people.CanWorkInAsync(structureId, ct))
        {
            return null;
        }

        var from = AthensClock.ToUtc(day, TimeOnly.MinValue);
        var to = AthensClock.ToUtc(day.AddDays(1), TimeOnly.MinValue);
        return await db.AppointmentRequests.AsNoTracking()
            .Where(a => a.StructureId == structureId && (a.Status == AppointmentStatus.Requested
                || (a.Status != AppointmentStatus.Cancelled && a.AppointmentAt >= from && a.AppointmentAt < to)))
            .OrderBy(a => a.Status).ThenBy(a => a.AppointmentAt).ThenBy(a => a.RequestedAt)
            .Select(a => new AppointmentRow(a.Id, a.Name, a.Phone, a.Email, a.Topic, a.PreferredDate, a.Window, a.ProgrammeCodes, a.RequestedAt, a.Status, a.AppointmentAt, a.Version))
            .ToListAsync(ct);
    }

    /// <summary>Confirms the request at the time, or proposes that time instead (the resident is called back).</summary>
    public async Task<Result> AnswerAsync(int id, AppointmentStatus status, DateOnly? date, TimeOnly? time, int version, CancellationToken ct)
    {
        var request = await db.AppointmentRequests.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (request is null || !await people.CanWorkInAsync(request.StructureId, ct) || status is not (AppointmentStatus.Confirmed or AppointmentStatus.Proposed or AppointmentStatus.Cancelled))
        {
            return new Result([], NotFound: true);
        }

        if (status != AppointmentStatus.Cancelled)
        {
            if (date is not { } d || time is not { } t0)
            {
                return new Result([new("Time", t["TimeRequired"])]);
            }

            request.AppointmentAt = AthensClock.ToUtc(d, t0);
        }

        request.Status = status;
        request.HandledBy = (await currentUser.GetAsync(ct)).DisplayName;
        db.Entry(request).Property(a => a.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
            return new Result([]);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Result([], Conflict: true);
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
