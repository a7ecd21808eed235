using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.FrontDesk;

public sealed record StructureChoice(int Id, string Name);

public sealed record ServiceChoice(int Id, string Name, string Axis);

/// <summary>What the Today page and its htmx fragments show: the structure, the day, the list.</summary>
public sealed class TodayView
{
    public required StructureDay Day { get; init; }
    public required bool IsToday { get; init; }
    public required bool CanLog { get; init; }
    public required List<ServiceChoice> Services { get; init; }
    public required HashSet<long> Correctable { get; init; }

    /// <summary>The user keeps the structure's cases (a visit offers "open case").</summary>
    public required bool KeepsCases { get; init; }

    /// <summary>A long day shows its latest contacts unless all were asked for (the card and its PDF hold every one).</summary>
    public const int Latest = 100;

    /// <summary>Contacts of the day not loaded (the earlier ones of a long day).</summary>
    public int Hidden => Day.Total - Day.Visits.Count;
}

/// <summary>Loads the Today view for a structure and day (shared by the page and its fragments).</summary>
public sealed class TodayLoader(AppDbContext db, PeopleScope people, AccessScope scope, VisitQueries queries, VisitWriter writer, AthensClock clock)
{
    /// <summary>Structures the user reads people of; those they work in first.</summary>
    public async Task<List<StructureChoice>> StructuresAsync(CancellationToken ct)
    {
        var access = await people.GetAsync(ct);
        var rows = await db.Structures.AsNoTracking().Where(s => access.Read.Contains(s.Id))
            .OrderBy(s => s.Name).Select(s => new StructureChoice(s.Id, s.Name)).ToListAsync(ct);
        return rows.OrderBy(s => access.Write.Contains(s.Id) ? 0 : 1).ToList();
    }

    /// <summary>The view of a day: every contact, or (by default) the latest <see cref="TodayView.Latest"/>.</summary>
    public async Task<TodayView?> LoadAsync(int structureId, DateOnly day, CancellationToken ct, bool all = false)
    {
        if (await queries.DayAsync(structureId, day, ct, all ? null : TodayView.Latest) is not { } visits)
        {
            return null;
        }

        var isToday = day == clock.Today;
        var canLog = await people.CanWorkInAsync(structureId, ct);
        var services = await db.Services.AsNoTracking().Where(s => s.StructureId == structureId && s.IsActive)
            .OrderBy(s => s.Axis).ThenBy(s => s.Name)
            .Select(s => new ServiceChoice(s.Id, s.Name, s.Axis.ToString()))
            .ToListAsync(ct);
        var correctable = canLog && await writer.CanCorrectAsync(structureId, day, ct)
            ? visits.Visits.Select(v => v.Id).ToHashSet()
            : [];
        var keepsCases = await scope.CanAsync(Capability.KeepCases, structureId, ct);
        return new TodayView { Day = visits, IsToday = isToday, CanLog = canLog, Services = services, Correctable = correctable, KeepsCases = keepsCases };
    }
}
