using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.FrontDesk;

public sealed record VisitServiceDto(int Id, string Name);

/// <summary>One contact of the daily card as the API answers it.</summary>
public sealed record VisitDto(
    long Id,
    int Number,
    int StructureId,
    DateOnly Day,
    DateTime OccurredAt,
    string LocalTime,
    int? BeneficiaryId,
    string? PersonName,
    bool Anonymous,
    Gender? Gender,
    AgeBand? AgeBand,
    string? Nationality,
    VisitChannel Channel,
    string Reason,
    Axis Axis,
    IReadOnlyList<VisitServiceDto> Services,
    VisitOutcome Outcome,
    string? Notes,
    string? StaffName,
    string? StaffUserId,
    int Version);

/// <summary>A structure's day: its contacts in order, or the latest of them (<see cref="Total"/> counts all).</summary>
public sealed record StructureDay(int StructureId, string StructureName, string MunicipalityName, DateOnly Day, IReadOnlyList<VisitDto> Visits, int? All = null)
{
    public int Total => All ?? Visits.Count;
}

/// <summary>The visits a structure recorded: readable by those who read its people (PeopleScope).</summary>
public sealed class VisitQueries(AppDbContext db, PeopleScope people)
{
    /// <summary>A day holds at most this many contacts on screen and on the card.</summary>
    public const int MaxPerDay = 2000;

    public async Task<bool> CanReadAsync(int structureId, CancellationToken ct) =>
        (await people.GetAsync(ct)).Read.Contains(structureId);

    /// <summary>
    /// The day's contacts in order, or null when the structure is not visible. With
    /// <paramref name="latest"/>, only that many of the latest, numbered as on the full card.
    /// </summary>
    public async Task<StructureDay?> DayAsync(int structureId, DateOnly day, CancellationToken ct, int? latest = null)
    {
        if (!await CanReadAsync(structureId, ct))
        {
            return null;
        }

        var structure = await db.Structures.AsNoTracking().Where(s => s.Id == structureId)
            .Select(s => new { s.Name, Municipality = s.Municipality!.Name }).SingleOrDefaultAsync(ct);
        if (structure is null)
        {
            return null;
        }

        // Flat rows, then the services of those visits in one indexed query, joined here. As one
        // query the collection became a join over every visit_services row (measured at 5,000,000
        // visits); as an EF split query its shaper compiled a delegate per row (profiled).
        var ofDay = Query().Where(v => v.StructureId == structureId && v.Day == day);
        var count = latest is null ? (int?)null : await ofDay.CountAsync(ct);
        var skip = count is { } all && latest is { } n ? Math.Max(0, all - n) : 0;
        List<VisitDto> rows;
        if (skip > 0)
        {
            // The latest ones read backwards on (structure_id, day, occurred_at): the earlier
            // contacts of the day are neither read nor joined to their people.
            rows = await ofDay
                .OrderByDescending(v => v.OccurredAt).ThenByDescending(v => v.Id)
                .Take(latest!.Value)
                .Select(Projection)
                .ToListAsync(ct);
            rows.Reverse();
        }
        else
        {
            rows = await ofDay
                .OrderBy(v => v.OccurredAt).ThenBy(v => v.Id)
                .Take(MaxPerDay)
                .Select(Projection)
                .ToListAsync(ct);
        }

        var ids = rows.Select(r => r.Id).ToList();
        var services = await ServicesAsync(
            skip == 0
                ? from s in db.VisitServices join v in db.Visits on s.VisitId equals v.Id where v.StructureId == structureId && v.Day == day select s
                : db.VisitServices.Where(s => ids.Contains(s.VisitId)),
            ct);
        return new StructureDay(structureId, structure.Name, structure.Municipality, day, rows.Select((r, i) => Finish(r, skip + i + 1, services)).ToList(), count);
    }

    public async Task<VisitDto?> GetAsync(long id, CancellationToken ct)
    {
        var read = (await people.GetAsync(ct)).Read;
        var row = await Query().Where(v => v.Id == id && read.Contains(v.StructureId)).Select(Projection).SingleOrDefaultAsync(ct);
        return row is null ? null : Finish(row, 0, await ServicesAsync(db.VisitServices.Where(s => s.VisitId == id), ct));
    }

    /// <summary>The services of the given visit-service rows, by visit, in name order.</summary>
    private static async Task<ILookup<long, VisitServiceDto>> ServicesAsync(IQueryable<VisitService> rows, CancellationToken ct)
    {
        var list = await rows.AsNoTracking()
            .Select(s => new { s.VisitId, s.ServiceId, s.Service!.Name })
            .ToListAsync(ct);
        return list.OrderBy(s => s.Name, StringComparer.Ordinal).ToLookup(s => s.VisitId, s => new VisitServiceDto(s.ServiceId, s.Name));
    }

    private IQueryable<Visit> Query() => db.Visits.AsNoTracking();

    private static readonly System.Linq.Expressions.Expression<Func<Visit, VisitDto>> Projection = v => new VisitDto(
        v.Id, 0, v.StructureId, v.Day, v.OccurredAt, "",
        v.BeneficiaryId,
        v.Beneficiary != null ? v.Beneficiary.LastName + " " + v.Beneficiary.FirstName : null,
        v.BeneficiaryId == null,
        v.AnonymousGender, v.AnonymousAgeBand, v.AnonymousNationality,
        v.Channel, v.Reason, v.Axis,
        Array.Empty<VisitServiceDto>(),
        v.Outcome, v.Notes, v.StaffName, v.StaffUserId, v.Version);

    private static VisitDto Finish(VisitDto row, int number, ILookup<long, VisitServiceDto> services) => row with
    {
        Number = number,
        Services = [.. services[row.Id]],
        OccurredAt = DateTime.SpecifyKind(row.OccurredAt, DateTimeKind.Utc),
        LocalTime = AthensClock.ToLocal(row.OccurredAt).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
    };
}
