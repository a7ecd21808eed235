using OneStop.Web.Features.Access;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Features.Reports;

/// <summary>
/// The structures whose data-quality report a user may see (ADR 078): those whose ESF data and people
/// they read (<see cref="ParticipationAccess"/>): Caseworkers and Coordinators of the structure (protected
/// ones included, their own), a Supervisor the municipality's non-protected structures, read-only.
/// Auditors, FrontDesk, Partners, DPOs and Administrators get nothing (404): the report names people.
/// </summary>
public sealed class QualityScope(ParticipationAccess access, AccessScope scope)
{
    private List<EsfStructure>? structures;

    public async Task<List<EsfStructure>> NamedAsync(CancellationToken ct) =>
        structures ??= await access.ReadableStructuresAsync(ct);

    /// <summary>One structure (if in scope; null when not) or all in scope.</summary>
    public async Task<List<int>?> ChooseAsync(int? structureId, CancellationToken ct)
    {
        var all = (await NamedAsync(ct)).Select(s => s.Id).ToList();
        return structureId is null ? all : all.Contains(structureId.Value) ? [structureId.Value] : null;
    }

    /// <summary>True when the user coordinates one of these structures (the likely-duplicates list is the Coordinator's).</summary>
    public async Task<bool> IsCoordinatorOfAnyAsync(IReadOnlyCollection<int> chosen, CancellationToken ct)
    {
        var coordinated = await scope.StructuresAsync(Capability.Coordinate, ct);
        return chosen.Any(coordinated.Contains);
    }

    /// <summary>True when the user may fix records of the structure (Caseworker or Coordinator there), not only read them.</summary>
    public async Task<bool> CanFixAsync(int structureId, CancellationToken ct) => await access.CanWriteAsync(structureId, ct);
}
