using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Structures;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

public static class StructuresEndpoints
{
    public static void MapStructuresEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/structures").WithTags("Structures");
        group.MapGet("/", async (StructureQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(ct)));
        group.MapGet("/{id:int}", async Task<IResult> (int id, StructureQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound());
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:int}", UpdateAsync);
        group.MapGet("/{id:int}/services", async Task<IResult> (int id, StructureQueries queries, CancellationToken ct) =>
            await queries.ServicesAsync(id, ct) is { } list ? TypedResults.Ok(list) : ApiProblems.NotFound());
        group.MapPost("/{id:int}/services", (int id, ServiceFields input, ServiceWriter writer, StructureQueries queries, IStringLocalizerFactory f, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            SaveServiceAsync(id, null, input, writer, queries, f, l, ct));
        group.MapPut("/{id:int}/services/{serviceId:int}", (int id, int serviceId, ServiceFields input, ServiceWriter writer, StructureQueries queries, IStringLocalizerFactory f, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            SaveServiceAsync(id, serviceId, input, writer, queries, f, l, ct));
        group.MapPut("/{id:int}/hours", SaveHoursAsync);
        group.MapGet("/{id:int}/regulation", async Task<IResult> (int id, StructureScope scope, RegulationStore regulations, CancellationToken ct) =>
            await regulations.GetAsync(await scope.VisibleStructuresAsync(ct), id, ct) is { } file
                ? TypedResults.File(file.Content, file.ContentType, file.FileName)
                : ApiProblems.NotFound());
        // Bearer clients carry no antiforgery token; the bearer header itself cannot be sent cross-site.
        group.MapPut("/{id:int}/regulation", UploadRegulationAsync).DisableAntiforgery();
    }

    private static async Task<IResult> SaveHoursAsync(int id, HoursFields input, HoursWriter writer, StructureQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is null)
        {
            return ApiProblems.NotFound();
        }

        var result = await writer.SaveAsync(id, input, ct);
        return result switch
        {
            { NotFound: true } => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
            { Conflict: true } => ApiProblems.Conflict(l["ConflictDetail"]),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Ok(await queries.GetAsync(id, ct)),
        };
    }

    private static async Task<IResult> UploadRegulationAsync(int id, HttpRequest request, StructureQueries queries, StructureScope scope, RegulationStore regulations, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is null)
        {
            return ApiProblems.NotFound();
        }

        if (!await scope.CanManageAsync(id, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
        }

        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
        {
            return ApiProblems.Validation(new() { ["file"] = [l["ValueRequired"]] }, l);
        }

        var (content, error) = await regulations.ReadAsync(file, ct);
        if (error is not null)
        {
            return ApiProblems.Validation(new() { ["file"] = [error] }, l);
        }

        await regulations.AttachAsync(id, file.FileName, content!, ct);
        return TypedResults.Ok(await queries.GetAsync(id, ct));
    }

    private static async Task<IResult> CreateAsync(StructureFields input, StructureWriter writer, StructureQueries queries, AccessScope access, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!await access.AnywhereAsync(Capability.Administer, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
        }

        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateAsync(input, ct);
        if (!result.Succeeded)
        {
            return ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l);
        }

        var dto = await queries.GetAsync(result.Id!.Value, ct);
        return TypedResults.Created($"/api/v1/structures/{result.Id}", dto);
    }

    private static async Task<IResult> UpdateAsync(int id, StructureFields input, StructureWriter writer, StructureQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is null)
        {
            return ApiProblems.NotFound();
        }

        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.UpdateAsync(id, input, input.Version, ct);
        return result switch
        {
            { NotFound: true } => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
            { Conflict: true } => ApiProblems.Conflict(l["ConflictDetail"]),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Ok(await queries.GetAsync(id, ct)),
        };
    }

    private static async Task<IResult> SaveServiceAsync(int id, int? serviceId, ServiceFields input, ServiceWriter writer, StructureQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var services = await queries.ServicesAsync(id, ct);
        if (services is null || (serviceId is not null && services.All(s => s.Id != serviceId)))
        {
            return ApiProblems.NotFound();
        }

        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.SaveAsync(id, serviceId, input, ct);
        if (result.NotFound)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
        }

        if (result.Conflict)
        {
            return ApiProblems.Conflict(l["ConflictDetail"]);
        }

        if (!result.Succeeded)
        {
            return ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l);
        }

        var dto = (await queries.ServicesAsync(id, ct))!.Single(s => s.Id == result.Id);
        return serviceId is null ? TypedResults.Created($"/api/v1/structures/{id}/services/{dto.Id}", dto) : TypedResults.Ok(dto);
    }
}
