using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Partners;

public enum WriteOutcome
{
    Done,
    NotFound,
    Invalid,
    Conflict,
}

public sealed record WriteResult(WriteOutcome Outcome, int? Id = null, Dictionary<string, string>? Errors = null)
{
    public static WriteResult Invalid(string field, string message) => new(WriteOutcome.Invalid, Errors: new() { [field] = message });
}

/// <summary>Creates and changes organisations and services of the directory the user keeps.</summary>
public sealed class PartnerWriter(AppDbContext db, DirectoryScope scope, IStringLocalizer<PartnersResource> t)
{
    public async Task<WriteResult> SaveOrganizationAsync(int? id, OrganizationFields input, CancellationToken ct)
    {
        var editable = await scope.EditableMunicipalitiesAsync(ct);
        PartnerOrganization organization;
        if (id is { } existing)
        {
            var found = await db.PartnerOrganizations.SingleOrDefaultAsync(o => o.Id == existing, ct);
            if (found is null || !editable.Contains(found.MunicipalityId))
            {
                return new(WriteOutcome.NotFound);
            }

            if (found.Version != input.Version)
            {
                return new(WriteOutcome.Conflict);
            }

            organization = found;
        }
        else
        {
            var municipality = input.MunicipalityId ?? (editable.Count == 1 ? editable[0] : null);
            if (municipality is null || !editable.Contains(municipality.Value))
            {
                return WriteResult.Invalid(nameof(input.MunicipalityId), t["ChooseMunicipality"]);
            }

            organization = new PartnerOrganization { Name = "", HsdsId = Guid.NewGuid(), MunicipalityId = municipality.Value };
            db.PartnerOrganizations.Add(organization);
        }

        // A protected structure is never offered as a destination (docs/DESIGN.md §5).
        if (input.StructureId is { } structureId && !await db.Structures.AnyAsync(s => s.Id == structureId && s.MunicipalityId == organization.MunicipalityId && !s.IsProtected, ct))
        {
            return WriteResult.Invalid(nameof(input.StructureId), t["UnknownStructure"]);
        }

        organization.Name = input.Name!.Trim();
        organization.Kind = input.Kind!.Value;
        organization.StructureId = input.Kind == OrganizationKind.OnestopStructure ? input.StructureId : null;
        organization.Description = Clean(input.Description);
        organization.Email = Clean(input.Email);
        organization.Phone = Clean(input.Phone);
        organization.Website = Clean(input.Website);
        await db.SaveChangesAsync(ct);
        return new(WriteOutcome.Done, organization.Id);
    }

    public async Task<WriteResult> SaveServiceAsync(int organizationId, int? id, PartnerServiceFields input, CancellationToken ct)
    {
        var editable = await scope.EditableMunicipalitiesAsync(ct);
        var organization = await db.PartnerOrganizations.Include(o => o.Services).SingleOrDefaultAsync(o => o.Id == organizationId, ct);
        if (organization is null || !editable.Contains(organization.MunicipalityId))
        {
            return new(WriteOutcome.NotFound);
        }

        PartnerService service;
        if (id is { } existing)
        {
            if (organization.Services.SingleOrDefault(s => s.Id == existing) is not { } found)
            {
                return new(WriteOutcome.NotFound);
            }

            if (found.Version != input.Version)
            {
                return new(WriteOutcome.Conflict);
            }

            service = found;
        }
        else
        {
            service = new PartnerService { Name = "", HsdsId = Guid.NewGuid() };
            organization.Services.Add(service);
        }

        Apply(service, input);
        await db.SaveChangesAsync(ct);
        return new(WriteOutcome.Done, service.Id);
    }

    public async Task<int?> OrganizationOfServiceAsync(int serviceId, CancellationToken ct) =>
        await db.PartnerServices.Where(s => s.Id == serviceId).Select(s => (int?)s.OrganizationId).SingleOrDefaultAsync(ct);

    internal static void Apply(PartnerService service, PartnerServiceFields input)
    {
        service.Name = input.Name!.Trim();
        service.Description = Clean(input.Description);
        service.Eligibility = Clean(input.Eligibility);
        service.Languages = Clean(input.Languages);
        service.Fees = Clean(input.Fees);
        service.Schedule = Clean(input.Schedule);
        service.Address = Clean(input.Address);
        service.City = Clean(input.City);
        service.PostalCode = Clean(input.PostalCode);
        service.ContactName = Clean(input.ContactName);
        service.Phone = Clean(input.Phone);
        service.Email = Clean(input.Email);
        service.Accessibility = Clean(input.Accessibility);
        service.Status = input.Status;
        service.VerifiedOn = input.VerifiedOn;
        service.VerifiedBy = Clean(input.VerifiedBy);
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
