using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Partners;

/// <summary>
/// The partner directory is the municipality's, not a structure's: every user of the municipality
/// reads it (it holds no personal data); Administrators, Supervisors and Coordinators keep it up to date.
/// National roles see every municipality's directory.
/// </summary>
public sealed class DirectoryScope(AppDbContext db, CurrentUser currentUser)
{
    private static readonly AppRole[] Editors = [AppRole.Administrator, AppRole.Supervisor, AppRole.Coordinator];

    public async Task<IQueryable<PartnerOrganization>> VisibleAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.IsActive)
        {
            return db.PartnerOrganizations.Where(o => false);
        }

        if (user.Grants.Any(g => g.StructureId is null))
        {
            return db.PartnerOrganizations;
        }

        var municipalities = user.Grants.Where(g => g.MunicipalityId is not null).Select(g => g.MunicipalityId!.Value).Distinct().ToList();
        return db.PartnerOrganizations.Where(o => municipalities.Contains(o.MunicipalityId));
    }

    /// <summary>The municipalities whose directory the user may change.</summary>
    public async Task<List<int>> EditableMunicipalitiesAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.IsActive)
        {
            return [];
        }

        if (user.HasNational(AppRole.Administrator))
        {
            return await db.Municipalities.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
        }

        return user.Grants.Where(g => g.MunicipalityId is not null && Editors.Contains(g.Role)).Select(g => g.MunicipalityId!.Value).Distinct().Order().ToList();
    }

    public async Task<bool> CanEditAsync(int municipalityId, CancellationToken ct = default) =>
        (await EditableMunicipalitiesAsync(ct)).Contains(municipalityId);
}
