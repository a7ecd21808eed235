using Microsoft.EntityFrameworkCore;
using OneStop.Data;

namespace OneStop.Web.Api;

public sealed record MunicipalityDto(int Id, string Name, string? Region, bool IsActive);

public sealed record StructureTypeDto(string Code, string NameEl, string NameEn, bool IsActive);

public sealed record ProgrammeDto(int Id, string Code, string NameEl, string NameEn, string? Description, string? Authority, bool IsActive);

/// <summary>Reference lists: readable by every signed-in user, kept by administrators in the UI.</summary>
public static class ReferenceEndpoints
{
    public static void MapReferenceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Reference data");
        group.MapGet("/municipalities", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new MunicipalityDto(m.Id, m.Name, m.Region, m.IsActive)).ToListAsync(ct)));
        group.MapGet("/structure-types", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.StructureTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new StructureTypeDto(t.Code, t.NameEl, t.NameEn, t.IsActive)).ToListAsync(ct)));
        group.MapGet("/programmes", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Programmes.AsNoTracking().OrderBy(p => p.NameEl).Select(p => new ProgrammeDto(p.Id, p.Code, p.NameEl, p.NameEn, p.Description, p.Authority, p.IsActive)).ToListAsync(ct)));
    }
}
