using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Structures;

/// <summary>Adds and changes the services of a structure (Administrators and the structure's Coordinators).</summary>
public sealed class ServiceWriter(AppDbContext db, StructureScope scope, IStringLocalizer<StructuresResource> t)
{
    public async Task<StructureWriter.Result> SaveAsync(int structureId, int? serviceId, ServiceFields input, CancellationToken ct)
    {
        if (!await scope.CanManageAsync(structureId, ct))
        {
            return new StructureWriter.Result(null, [], NotFound: true);
        }

        var service = serviceId is null
            ? db.Services.Add(new Service { Name = "", StructureId = structureId }).Entity
            : await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId && s.StructureId == structureId, ct);
        if (service is null)
        {
            return new StructureWriter.Result(null, [], NotFound: true);
        }

        if (input.Version is { } version && serviceId is not null)
        {
            db.Entry(service).Property(s => s.Version).OriginalValue = version;
        }

        var name = input.Name?.Trim() ?? "";
        if (await db.Services.AnyAsync(s => s.StructureId == structureId && s.Name == name && s.Id != service.Id, ct))
        {
            return new StructureWriter.Result(service.Id, [new(nameof(input.Name), t["DuplicateServiceName"])]);
        }

        service.Name = name;
        service.Axis = input.Axis ?? Axis.A;
        service.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        service.IsActive = input.IsActive;
        try
        {
            await db.SaveChangesAsync(ct);
            return new StructureWriter.Result(service.Id, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new StructureWriter.Result(service.Id, [], Conflict: true);
        }
    }
}
