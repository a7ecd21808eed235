using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Reports;

/// <summary>
/// The structures whose statistics a user may see (DESIGN.md §5, ADR 070): a Coordinator their
/// structure's; a Supervisor every non-protected structure of the municipality; an Auditor, who sees
/// aggregates only, the non-protected structures of their grant (all of them for a national grant,
/// the structure itself for a structure grant). Protected structures are counted only for their
/// own Coordinator (or an Auditor named on that structure). Anything else does not exist (404).
/// </summary>
public sealed class ReportScope(AppDbContext db, CurrentUser currentUser, Microsoft.Extensions.Options.IOptions<ReportOptions> options)
{
    private List<int>? structures;

    /// <summary>Of <see cref="structures"/>, those seen as Coordinator or Supervisor (not only as Auditor).</summary>
    private HashSet<int> full = [];

    public async Task<List<int>> StructuresAsync(CancellationToken ct)
    {
        if (structures is not null)
        {
            return structures;
        }

        var user = await currentUser.GetAsync(ct);
        var grants = user.IsActive ? user.Grants : [];
        var ids = grants.Where(g => g.StructureId is not null && g.Role is AppRole.Coordinator or AppRole.Auditor)
            .Select(g => g.StructureId!.Value).ToHashSet();
        full = grants.Where(g => g.StructureId is not null && g.Role == AppRole.Coordinator).Select(g => g.StructureId!.Value).ToHashSet();
        var municipalities = grants.Where(g => g.Role == AppRole.Supervisor && g.MunicipalityId is not null).Select(g => g.MunicipalityId!.Value).Distinct().ToList();
        var national = grants.Any(g => g.StructureId is null && g.Role is AppRole.Auditor or AppRole.Supervisor);
        var nationalSupervisor = grants.Any(g => g.StructureId is null && g.MunicipalityId is null && g.Role == AppRole.Supervisor);
        if (national || municipalities.Count > 0)
        {
            var open = await db.Structures.AsNoTracking()
                .Where(s => !s.IsProtected && (national || municipalities.Contains(s.MunicipalityId)))
                .Select(s => new { s.Id, s.MunicipalityId }).ToListAsync(ct);
            ids.UnionWith(open.Select(s => s.Id));
            full.UnionWith(open.Where(s => nationalSupervisor || municipalities.Contains(s.MunicipalityId)).Select(s => s.Id));
        }

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

public static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>().BindConfiguration("OneStop:Reports");
        services.AddScoped<ReportScope>();
        services.AddScoped<EsfIndicators>();
        services.AddScoped<EsfPeople>();
        services.AddScoped<EsfMicrodata>();
        return services;
    }
}
