using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Partners;

/// <summary>
/// The partner directory is the municipality's, not a structure's: the municipalities of
/// <see cref="Capability.ReadDirectory"/> read it (it holds no personal data), those of
/// <see cref="Capability.EditDirectory"/> keep it up to date; a national grant reaches every municipality.
/// </summary>
public sealed class DirectoryScope(AppDbContext db, AccessScope scope)
{
    public async Task<IQueryable<PartnerOrganization>> VisibleAsync(CancellationToken ct = default)
    {
        if (!await scope.AnywhereAsync(Capability.ReadDirectory, ct))
        {
            return db.PartnerOrganizations.Where(o => false);
        }

        var municipalities = await scope.MunicipalitiesAsync(Capability.ReadDirectory, ct);
        return municipalities is null ? db.PartnerOrganizations : db.PartnerOrganizations.Where(o => municipalities.Contains(o.MunicipalityId));
    }

    /// <summary>The municipalities whose directory the user may change.</summary>
    public async Task<List<int>> EditableMunicipalitiesAsync(CancellationToken ct = default)
    {
        if (!await scope.AnywhereAsync(Capability.EditDirectory, ct))
        {
            return [];
        }

        return await scope.MunicipalitiesAsync(Capability.EditDirectory, ct)
            ?? await db.Municipalities.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
    }

    public async Task<bool> CanEditAsync(int municipalityId, CancellationToken ct = default) =>
        (await EditableMunicipalitiesAsync(ct)).Contains(municipalityId);
}
