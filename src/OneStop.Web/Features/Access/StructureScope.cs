using OneStop.Data.Entities;

namespace OneStop.Web.Features.Access;

/// <summary>
/// Structures as <see cref="AccessScope"/> gives them for the structure capabilities of
/// <see cref="AccessRules"/>. What a user may not see does not exist for them (404).
/// </summary>
public sealed class StructureScope(AccessScope access)
{
    /// <summary>Structures the user can see (<see cref="Capability.SeeStructure"/>).</summary>
    public Task<IQueryable<Structure>> VisibleStructuresAsync(CancellationToken ct = default) =>
        access.StructureQueryAsync(Capability.SeeStructure, ct);

    public Task<bool> CanSeeAsync(int structureId, CancellationToken ct = default) =>
        access.CanAsync(Capability.SeeStructure, structureId, ct);

    /// <summary>May change the structure's details, hours, services and regulation.</summary>
    public Task<bool> CanManageAsync(int structureId, CancellationToken ct = default) =>
        access.CanAsync(Capability.ManageStructure, structureId, ct);

    /// <summary>May create structures and users in (and below) this structure.</summary>
    public Task<bool> CanAdministerAsync(int structureId, CancellationToken ct = default) =>
        access.CanAsync(Capability.Administer, structureId, ct);

    public async Task<bool> AdministersAllAsync(CancellationToken ct = default) =>
        (await access.StructuresAsync(Capability.Administer, ct)).All;

    public Task<IQueryable<Structure>> AdministeredStructuresAsync(CancellationToken ct = default) =>
        access.StructureQueryAsync(Capability.Administer, ct);
}
