using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Partners;

/// <summary>
/// Imports HSDS organisations with their services into a municipality's directory: matched by the
/// HSDS id, updated when known, added otherwise. Nothing is deleted.
/// </summary>
public sealed class HsdsImport(AppDbContext db, DirectoryScope scope, IStringLocalizer<PartnersResource> t)
{
    public sealed record Summary(int Organizations, int Services);

    public async Task<(Summary? Done, string? Error)> ImportAsync(int? municipalityId, IReadOnlyList<Hsds.Organization> organizations, CancellationToken ct)
    {
        var editable = await scope.EditableMunicipalitiesAsync(ct);
        var municipality = municipalityId ?? (editable.Count == 1 ? editable[0] : null);
        if (municipality is null || !editable.Contains(municipality.Value))
        {
            return (null, t["ChooseMunicipality"]);
        }

        var services = 0;
        foreach (var source in organizations)
        {
            if (!Guid.TryParse(source.Id, out var hsdsId) || string.IsNullOrWhiteSpace(source.Name))
            {
                return (null, t["HsdsInvalidOrganization", source.Id ?? ""]);
            }

            var organization = await db.PartnerOrganizations.Include(o => o.Services)
                .SingleOrDefaultAsync(o => o.MunicipalityId == municipality && o.HsdsId == hsdsId, ct);
            if (organization is null)
            {
                organization = new PartnerOrganization { HsdsId = hsdsId, MunicipalityId = municipality.Value, Name = "" };
                db.PartnerOrganizations.Add(organization);
            }

            organization.Name = source.Name.Trim();
            organization.Kind = Hsds.ParseKind(source.LegalStatus);
            organization.Description = PartnerWriter.Clean(source.Description);
            organization.Email = PartnerWriter.Clean(source.Email);
            organization.Website = PartnerWriter.Clean(source.Website);
            organization.Phone = PartnerWriter.Clean(source.Phones?.FirstOrDefault()?.Number);
            foreach (var s in source.Services ?? [])
            {
                if (!Guid.TryParse(s.Id, out var serviceId) || string.IsNullOrWhiteSpace(s.Name))
                {
                    return (null, t["HsdsInvalidService", s.Id ?? ""]);
                }

                var service = organization.Services.SingleOrDefault(x => x.HsdsId == serviceId);
                if (service is null)
                {
                    service = new PartnerService { HsdsId = serviceId, Name = "" };
                    organization.Services.Add(service);
                }

                PartnerWriter.Apply(service, Hsds.ToFields(s));
                services++;
            }
        }

        // A value longer than its column is refused with a message naming it, before anything is written.
        if (OneStop.Data.ModelLimits.FirstTooLong(db) is { } tooLong)
        {
            var owner = tooLong.Entity switch
            {
                PartnerOrganization o => o.Name,
                PartnerService s => s.Name,
                _ => "",
            };
            db.ChangeTracker.Clear();
            return (null, t["HsdsTooLong", owner, System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(tooLong.Property), tooLong.MaxLength]);
        }

        await db.SaveChangesAsync(ct);
        return (new Summary(organizations.Count, services), null);
    }
}
