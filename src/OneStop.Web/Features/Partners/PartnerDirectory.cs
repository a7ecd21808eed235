using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Partners;

public sealed record PartnerServiceDto(
    int Id, Guid HsdsId, int OrganizationId, string OrganizationName, string Name, string? Description, string? Eligibility,
    string? Languages, string? Fees, string? Schedule, string? Address, string? City, string? PostalCode, string? ContactName,
    string? Phone, string? Email, string? Accessibility, PartnerServiceStatus Status, DateOnly? VerifiedOn, string? VerifiedBy,
    bool Stale, int Version);

public sealed record OrganizationDto(
    int Id, Guid HsdsId, int MunicipalityId, string Name, OrganizationKind Kind, int? StructureId, string? Description,
    string? Email, string? Phone, string? Website, int Version, List<PartnerServiceDto> Services);

/// <summary>Reads of the partner directory, through <see cref="DirectoryScope"/>.</summary>
public sealed class PartnerDirectory(DirectoryScope scope, AthensClock clock)
{
    /// <summary>Entries not verified for over 12 months are flagged: a referral to a closed service helps no one.</summary>
    public DateOnly StaleBefore => clock.Today.AddMonths(-12);

    public async Task<List<OrganizationDto>> OrganizationsAsync(string? q, bool staleOnly, CancellationToken ct)
    {
        var query = (await scope.VisibleAsync(ct)).AsNoTracking();
        var stale = StaleBefore;
        if (staleOnly)
        {
            query = query.Where(o => o.Services.Any(s => s.VerifiedOn == null || s.VerifiedOn < stale));
        }

        var rows = (await query.Include(o => o.Services).OrderBy(o => o.Name).ThenBy(o => o.Id).Take(1000).AsSplitQuery().ToListAsync(ct))
            .Select(o => ToDto(o, stale)).ToList();

        // A municipality's directory is small; the search is done here so that Greek case folds alike on every database.
        var term = q?.Trim();
        return string.IsNullOrEmpty(term)
            ? rows
            : rows.Where(o => o.Name.Contains(term, StringComparison.CurrentCultureIgnoreCase)
                || o.Services.Any(s => s.Name.Contains(term, StringComparison.CurrentCultureIgnoreCase))).ToList();
    }

    public async Task<OrganizationDto?> OrganizationAsync(int id, CancellationToken ct) =>
        await (await scope.VisibleAsync(ct)).AsNoTracking().Include(o => o.Services).Where(o => o.Id == id).SingleOrDefaultAsync(ct) is { } o
            ? ToDto(o, StaleBefore)
            : null;

    public async Task<PartnerServiceDto?> ServiceAsync(int id, CancellationToken ct) =>
        (await ServicesQueryAsync(ct)).FirstOrDefault(s => s.Id == id);

    /// <summary>Active services the user may refer to, for the referral form.</summary>
    public async Task<List<PartnerServiceDto>> ServicesAsync(CancellationToken ct) =>
        (await ServicesQueryAsync(ct)).Where(s => s.Status == PartnerServiceStatus.Active).ToList();

    private async Task<List<PartnerServiceDto>> ServicesQueryAsync(CancellationToken ct)
    {
        var organizations = await OrganizationsAsync(null, false, ct);
        return organizations.SelectMany(o => o.Services).OrderBy(s => s.OrganizationName).ThenBy(s => s.Name).ToList();
    }

    private static OrganizationDto ToDto(PartnerOrganization o, DateOnly stale) => new(
        o.Id, o.HsdsId, o.MunicipalityId, o.Name, o.Kind, o.StructureId, o.Description, o.Email, o.Phone, o.Website, o.Version,
        o.Services.OrderBy(s => s.Name, StringComparer.CurrentCulture).ThenBy(s => s.Id).Select(s => new PartnerServiceDto(
            s.Id, s.HsdsId, o.Id, o.Name, s.Name, s.Description, s.Eligibility, s.Languages, s.Fees, s.Schedule, s.Address, s.City,
            s.PostalCode, s.ContactName, s.Phone, s.Email, s.Accessibility, s.Status, s.VerifiedOn, s.VerifiedBy,
            s.VerifiedOn == null || s.VerifiedOn < stale, s.Version)).ToList());
}
