using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Reference;

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
        group.MapPost("/municipalities", CreateMunicipalityAsync);
        group.MapPost("/programmes", CreateProgrammeAsync);
    }

    private static async Task<IResult> CreateMunicipalityAsync(MunicipalityFields input, ReferenceWriter writer, AppDbContext db, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!await writer.CanChangeNationalListsAsync(ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
        }

        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.SaveMunicipalityAsync(null, input, ct);
        if (!result.Succeeded)
        {
            return Failure(result, l);
        }

        var dto = await db.Municipalities.AsNoTracking().Where(m => m.Id == result.Id).Select(m => new MunicipalityDto(m.Id, m.Name, m.Region, m.IsActive)).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/municipalities/{dto.Id}", dto);
    }

    private static async Task<IResult> CreateProgrammeAsync(ProgrammeFields input, ReferenceWriter writer, AppDbContext db, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!await writer.CanChangeProgrammesAsync(ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
        }

        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.SaveProgrammeAsync(null, input, ct);
        if (!result.Succeeded)
        {
            return Failure(result, l);
        }

        var dto = await db.Programmes.AsNoTracking().Where(p => p.Id == result.Id)
            .Select(p => new ProgrammeDto(p.Id, p.Code, p.NameEl, p.NameEn, p.Description, p.Authority, p.IsActive)).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/programmes/{dto.Id}", dto);
    }

    private static IResult Failure(ReferenceWriter.Result result, IStringLocalizer l) => result switch
    {
        { Forbidden: true } => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
        { NotFound: true } => ApiProblems.NotFound(),
        { Conflict: true } => ApiProblems.Conflict(l["ConflictDetail"]),
        _ => ApiProblems.Validation(ApiValidation.ToJsonKeys(result.Errors), l),
    };
}
