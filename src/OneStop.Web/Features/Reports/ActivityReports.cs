using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Features.Reports;

/// <summary>
/// The activity report for a user: the structures of <see cref="ReportScope"/> (ADR 070), narrowed
/// to one structure and/or one municipality, counted, with the small-cell suppression that applies (primary and secondary, ADR 087);
/// for aggregates only, without free text (the typed reasons of visits).
/// Null when the choice is outside the user's scope (404).
/// </summary>
public sealed class ActivityReports(ReportScope scope, ActivityStatistics statistics, AppDbContext db)
{
    public async Task<ActivityResult?> RunAsync(ActivityRequest request, int? structureId, int? municipalityId, CancellationToken ct)
    {
        if (await ChooseAsync(structureId, municipalityId, ct) is not { Count: > 0 } structures)
        {
            return null;
        }

        var report = await statistics.CountAsync(request, structures, ct);
        var name = report.Structures.Count == 1 ? report.Structures[0].Name
            : municipalityId is not null ? report.Municipalities.FirstOrDefault()?.Name : null;
        var cells = await scope.SmallCellsAsync(structures, ct);
        if (cells.Suppress)
        {
            // Aggregates only: a visit's reason is typed as free text ("Ιωάννα Κ., 6944…"), so its breakdown is withheld.
            report = report with { ByReason = [] };
        }

        return new ActivityResult(report, ActivityCells.Suppress(cells, report), name);
    }

    public async Task<List<int>?> ChooseAsync(int? structureId, int? municipalityId, CancellationToken ct)
    {
        var chosen = await scope.ChooseAsync(structureId, ct);
        if (chosen is null || municipalityId is null)
        {
            return chosen;
        }

        return await db.Structures.AsNoTracking().Where(s => chosen.Contains(s.Id) && s.MunicipalityId == municipalityId).Select(s => s.Id).ToListAsync(ct);
    }

    /// <summary>The municipalities of the structures in scope, for the form.</summary>
    public async Task<List<(int Id, string Name)>> MunicipalitiesAsync(CancellationToken ct)
    {
        var ids = await scope.StructuresAsync(ct);
        var list = await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.MunicipalityId, s.Municipality!.Name }).Distinct().ToListAsync(ct);
        return [.. list.OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => (m.MunicipalityId, m.Name))];
    }
}
