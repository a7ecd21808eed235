using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Data;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

public sealed record MunicipalityDto(int Id, string Name, string? Region, bool IsActive);

public sealed record StructureTypeDto(string Code, string NameEl, string NameEn, bool IsActive);

public sealed record ProgrammeDto(int Id, string Code, string NameEl, string NameEn, string? Description, string? Authority, bool IsActive);

/// <summary>The Admin area: users (administrators), the audit log (DPO; coordinators see break-the-glass entries), reference lists (read by every signed-in user).</summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        MapUsers(api);
        MapAudit(api);
        MapReference(api);
    }

    private static void MapUsers(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Administration);
        group.MapGet("/", async (UserQueries queries, CancellationToken ct) => TypedResults.Ok(ToJson(await queries.ListAsync(ct))));
        group.MapGet("/{id}", async Task<IResult> (string id, UserQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } user ? TypedResults.Ok(ToJson(user)) : ApiProblems.NotFound());
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id}/roles", async (string id, RolesFields input, UserWriter writer, UserQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await Answer(await writer.SetRolesAsync(id, input.Roles, ct), queries, l, ct));
        group.MapPost("/{id}/disable", async (string id, UserAccountActions actions, UserQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await Answer(await actions.SetDisabledAsync(id, true, ct), queries, l, ct));
        group.MapPost("/{id}/enable", async (string id, UserAccountActions actions, UserQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            await Answer(await actions.SetDisabledAsync(id, false, ct), queries, l, ct));
        group.MapPost("/{id}/reset-password", ResetPasswordAsync);
    }

    /// <summary>The user as the API shows it: roles as {role, structureId}.</summary>
    public sealed record UserJson(string Id, string Email, string DisplayName, bool IsDisabled, List<RoleJson> Roles);

    public sealed record RoleJson(AppRole Role, int? StructureId);

    private static UserJson ToJson(UserDto u) =>
        new(u.Id, u.Email, u.DisplayName, u.IsDisabled, u.Roles.Select(r => new RoleJson(r.Role, r.StructureId)).ToList());

    private static List<UserJson> ToJson(List<UserDto> users) => users.Select(ToJson).ToList();

    private static async Task<IResult> CreateAsync(NewUserFields input, UserWriter writer, UserQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateAsync(input, ct);
        if (!result.Succeeded)
        {
            return ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l);
        }

        var user = await queries.GetAsync(result.Id!, ct);
        return TypedResults.Created($"/api/v1/users/{result.Id}", ToJson(user!));
    }

    private static async Task<IResult> ResetPasswordAsync(string id, PasswordFields input, UserAccountActions actions, UserQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is null)
        {
            return ApiProblems.NotFound();
        }

        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        return await Answer(await actions.ResetPasswordAsync(id, input.Password!, ct), queries, l, ct);
    }

    private static async Task<IResult> Answer(UserResult result, UserQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) => result switch
    {
        { NotFound: true } => ApiProblems.NotFound(),
        { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
        _ => await queries.GetAsync(result.Id!, ct) is { } user ? TypedResults.Ok(ToJson(user)) : TypedResults.NoContent(),
    };

    private static void MapAudit(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.AuditLog);
        group.MapGet("/", SearchAsync);
    }

    private static async Task<IResult> SearchAsync(
        DateOnly? from, DateOnly? to, string? user, string? entityType, string? entityId, string? action, int? page,
        AuditQueries queries, IStringLocalizer<SharedResource> l, IStringLocalizer<AdminResource> t, CancellationToken ct)
    {
        AuditAction? parsed = null;
        if (!string.IsNullOrEmpty(action))
        {
            parsed = AuditCodes.Parse(action);
            if (parsed is null)
            {
                return ApiProblems.Validation(new() { ["action"] = [t["UnknownAuditAction"]] }, l);
            }
        }

        return TypedResults.Ok(await queries.SearchAsync(new AuditFilter(from, to, user, entityType, entityId, parsed, page ?? 1), ct));
    }

    /// <summary>The codes the API uses: insert, update, delete, view, break_glass.</summary>
    /// <summary>Reference lists: readable by every signed-in user, kept by administrators in the UI.</summary>
    private static void MapReference(RouteGroupBuilder api)
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
        _ => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
    };
}
