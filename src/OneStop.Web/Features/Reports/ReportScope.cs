using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Reports;

/// <summary>
/// The structures whose statistics a user may see (ADR 070): those of <see cref="Capability.StatisticsWithPeople"/>
/// (Coordinator, Supervisor) and of <see cref="Capability.StatisticsAggregates"/> (Auditor, aggregates only), as
/// <see cref="AccessScope"/> gives them. Protected structures are counted only for their own Coordinator (or an
/// Auditor named on that structure). Anything else does not exist (404).
/// </summary>
public sealed class ReportScope(AppDbContext db, AccessScope scope, Microsoft.Extensions.Options.IOptions<ReportOptions> options)
{
    private List<int>? structures;

    /// <summary>Of <see cref="structures"/>, those seen with the people behind the numbers (not only as aggregates).</summary>
    private HashSet<int> full = [];

    public async Task<List<int>> StructuresAsync(CancellationToken ct)
    {
        if (structures is not null)
        {
            return structures;
        }

        full = (await scope.StructuresAsync(Capability.StatisticsWithPeople, ct)).Ids;
        var ids = new HashSet<int>(full);
        ids.UnionWith((await scope.StructuresAsync(Capability.StatisticsAggregates, ct)).Ids);
        return structures = [.. ids.Order()];
    }

    /// <summary>
    /// Small-cell suppression for these structures: on when any of them is seen only through an
    /// Auditor grant (not as its Coordinator nor as a Supervisor of its municipality).
    /// </summary>
    public async Task<SmallCells> SmallCellsAsync(IReadOnlyCollection<int> chosen, CancellationToken ct)
    {
        await StructuresAsync(ct);
        return chosen.All(full.Contains) ? SmallCells.None : new SmallCells(true, Math.Max(2, options.Value.SmallCellThreshold));
    }

    /// <summary>
    /// True when every one of these structures is seen as its Coordinator or as a Supervisor of its
    /// municipality: the roles that may see the people behind the numbers (ADR 072). An Auditor-only
    /// structure among them makes the whole choice aggregates-only.
    /// </summary>
    public async Task<bool> SeesPeopleAsync(IReadOnlyCollection<int> chosen, CancellationToken ct)
    {
        await StructuresAsync(ct);
        return chosen.Count > 0 && chosen.All(full.Contains);
    }

    /// <summary>True when the user may see some statistics at all (for the navigation).</summary>
    public async Task<bool> AnyAsync(CancellationToken ct) => (await StructuresAsync(ct)).Count > 0;

    /// <summary>The structures of the user's choice: one (if in scope; null when not) or all in scope.</summary>
    public async Task<List<int>?> ChooseAsync(int? structureId, CancellationToken ct)
    {
        var all = await StructuresAsync(ct);
        return structureId is null ? all : all.Contains(structureId.Value) ? [structureId.Value] : null;
    }

    /// <summary>The structures in scope with their names, for the report form.</summary>
    public async Task<List<(int Id, string Name)>> NamedAsync(CancellationToken ct)
    {
        var ids = await StructuresAsync(ct);
        var list = await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return list.Select(s => (s.Id, s.Name)).ToList();
    }
}
