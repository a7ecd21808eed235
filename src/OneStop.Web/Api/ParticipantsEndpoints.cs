using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Participants;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

/// <summary>ESF participations: the structure's list, entry, exit and follow-up, and the participant import.</summary>
public static class ParticipantsEndpoints
{
    public static void MapParticipantsEndpoints(this RouteGroupBuilder api)
    {
        var structures = api.MapGroup("/structures/{id:int}/participants").WithTags("Participants");
        structures.MapGet("/", async Task<IResult> (int id, int? page, int? pageSize, ParticipationQueries queries, CancellationToken ct) =>
            await queries.ListAsync(id, page ?? 1, pageSize ?? 50, ct) is { } list
                ? TypedResults.Ok(new { items = list.Items.Select(Json), list.Total, list.Page, list.PageSize })
                : ApiProblems.NotFound());
        structures.MapGet("/follow-ups", async Task<IResult> (int id, ParticipationQueries queries, CancellationToken ct) =>
            await queries.FollowUpsAsync(id, ct) is { } due ? TypedResults.Ok(new { items = due.Select(Json), total = due.Count }) : ApiProblems.NotFound());
        structures.MapPost("/import", ImportAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data");

        var participations = api.MapGroup("/participations").WithTags("Participants");
        participations.MapGet("/{id:int}", async Task<IResult> (int id, ParticipationQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } dto ? TypedResults.Ok(Json(dto)) : ApiProblems.NotFound());
        participations.MapPost("/", CreateAsync);
        participations.MapPut("/{id:int}", UpdateAsync);
        participations.MapPut("/{id:int}/exit", ExitAsync);
    }

    /// <summary>The participation as the API shows it: the DTO's fields plus what makes it incomplete.</summary>
    public static object Json(ParticipationDto p) => new
    {
        p.Id, p.StructureId, p.BeneficiaryId, p.LastName, p.FirstName, p.Amka, p.ExternalId, p.EntryDate, p.Gender, p.BirthDate,
        p.LabourStatus, p.UnemployedMonths, p.Isced, p.Disability, p.ThirdCountryNational, p.ForeignBackground, p.Minority,
        p.Homeless, p.OtherDisadvantaged, p.Rural, p.ExitDate, p.ExitSituation, p.QualificationGained, p.FollowUpDue,
        p.Situation6m, p.Improved6m, p.Complete, p.Missing, p.Version,
    };

    private static async Task<IResult> CreateAsync(EntryFields input, ParticipationWriter writer, ParticipationQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.CreateAsync(input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
            _ => TypedResults.Created($"/api/v1/participations/{result.Id}", Json((await queries.GetAsync(result.Id!.Value, ct))!)),
        };
    }

    private static async Task<IResult> UpdateAsync(int id, EntryFields input, ParticipationWriter writer, ParticipationQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } existing)
        {
            return ApiProblems.NotFound();
        }

        input.StructureId = existing.StructureId;
        input.BeneficiaryId = existing.BeneficiaryId;
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        return await AnswerAsync(await writer.UpdateEntryAsync(id, input, ct), id, queries, l, ct);
    }

    private static async Task<IResult> ExitAsync(int id, ExitFields input, ParticipationWriter writer, ParticipationQueries queries, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, factory, l) is { } invalid)
        {
            return invalid;
        }

        return await AnswerAsync(await writer.RecordExitAsync(id, input, ct), id, queries, l, ct);
    }

    private static async Task<IResult> AnswerAsync(ParticipationWriter.Result result, int id, ParticipationQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) => result switch
    {
        { NotFound: true } => ApiProblems.NotFound(),
        { Conflict: true } => ApiProblems.Conflict(l["ConflictDetail"]),
        { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), l),
        _ => TypedResults.Ok(Json((await queries.GetAsync(id, ct))!)),
    };

    private static async Task<IResult> ImportAsync(int id, HttpRequest request, bool? preview, ParticipantImporter importer, ParticipationAccess access, IStringLocalizer<ParticipantsResource> t, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!await access.CanWriteAsync(id, ct))
        {
            return ApiProblems.NotFound();
        }

        var file = request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
        {
            return ApiProblems.Validation(new() { ["file"] = [l["ValueRequired"]] }, l);
        }

        await using var stream = await ImportUpload.ToSeekableAsync(file.OpenReadStream(), ct);
        var outcome = await importer.ImportAsync(id, stream, file.FileName, commit: preview != true, ct);
        return ImportAnswer(outcome, t, l);
    }

    public static IResult ImportAnswer(ImportOutcome outcome, IStringLocalizer<ParticipantsResource> t, IStringLocalizer<SharedResource> l)
    {
        if (outcome.NotFound)
        {
            return ApiProblems.NotFound();
        }

        if (outcome.FileError is { } reason)
        {
            return ApiProblems.Validation(new() { ["file"] = [reason] }, l);
        }

        if (outcome.Errors.Count > 0)
        {
            var problem = new HttpValidationProblemDetails(outcome.Errors
                .GroupBy(e => $"rows[{e.Row}].{e.Column}")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = t["ImportRejected"],
                Detail = t["ImportRejectedDetail", outcome.Errors.Select(e => e.Row).Distinct().Count()],
            };
            problem.Extensions["badRows"] = outcome.Errors.Select(e => new { row = e.Row, column = e.Column, reason = e.Reason }).ToList();
            return TypedResults.Problem(problem);
        }

        return TypedResults.Ok(new { created = outcome.Created, updated = outcome.Updated, rows = outcome.Rows });
    }
}
