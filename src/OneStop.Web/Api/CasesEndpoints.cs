using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Cases;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

/// <summary>Case files and their records, appointments and the iCalendar feed (README: API table).</summary>
public static class CasesEndpoints
{
    public sealed record StatusRequest(string? Status);

    public sealed record FeedLink(string Url);

    public static void MapCasesEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapGet("/", async (int? structureId, int? beneficiaryId, string? status, bool? mine, CaseQueries queries, Features.Access.CurrentUser user, CancellationToken ct) =>
        {
            var me = mine == true ? (await user.GetAsync(ct)).UserId : null;
            CaseStatus? wanted = Enum.TryParse<CaseStatus>(Pascal(status), out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
            var items = await queries.ListAsync(new CaseQueries.Filter(structureId, beneficiaryId, wanted, me), ct);
            return TypedResults.Ok(new { items, total = items.Count });
        });
        cases.MapPost("/", OpenAsync);
        cases.MapGet("/dashboard", async (CaseDashboards dashboards, CancellationToken ct) => TypedResults.Ok(await dashboards.MineAsync(ct)));
        cases.MapGet("/{id:int}", async Task<IResult> (int id, CaseQueries queries, CancellationToken ct) =>
            await queries.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound());
        cases.MapPost("/{id:int}/status", (int id, CaseStatusFields input, CaseWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.ChangeStatusAsync(id, input, ct), _ => Case(id, d, ct)));
        cases.MapPut("/{id:int}/caseworkers", (int id, CaseworkersFields input, CaseWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.AssignAsync(id, input, ct), _ => Case(id, d, ct)));
        cases.MapPost("/{id:int}/assessments", (int id, AssessmentFields input, CaseRecordWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.AddAssessmentAsync(id, input, ct), r => Created(id, "assessments", r, d, ct)));
        cases.MapPost("/{id:int}/goals", (int id, GoalFields input, CaseRecordWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.AddGoalAsync(id, input, ct), r => Created(id, "goals", r, d, ct)));
        cases.MapPost("/{id:int}/goals/{goalId:long}/status", (int id, long goalId, StatusRequest input, CaseRecordWriter w, Deps d, CancellationToken ct) =>
            Enum.TryParse<GoalStatus>(Pascal(input.Status), out var s) && Enum.IsDefined(s)
                ? Run(input, d, () => w.SetGoalStatusAsync(id, goalId, s, ct), _ => Case(id, d, ct))
                : Task.FromResult(BadStatus(d)));
        cases.MapPost("/{id:int}/actions", (int id, PlanActionFields input, CaseRecordWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.AddActionAsync(id, input, ct), r => Created(id, "actions", r, d, ct)));
        cases.MapPost("/{id:int}/actions/{actionId:long}/status", (int id, long actionId, ActionStatusFields input, CaseRecordWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.SetActionStatusAsync(id, actionId, input.Status!.Value, ct), _ => Case(id, d, ct)));
        cases.MapPost("/{id:int}/services", (int id, ServiceRecordFields input, CaseRecordWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.AddServiceAsync(id, input, ct), r => Created(id, "services", r, d, ct)));
        cases.MapPost("/{id:int}/applications", (int id, ApplicationFields input, CaseRecordWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.AddApplicationAsync(id, input, ct), r => Created(id, "applications", r, d, ct)));
        cases.MapPost("/{id:int}/applications/{applicationId:long}/status", (int id, long applicationId, ApplicationStatusFields input, CaseRecordWriter w, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.SetApplicationStatusAsync(id, applicationId, input, ct), _ => Case(id, d, ct)));

        cases.MapGet("/{id:int}/notes", async Task<IResult> (int id, CaseNotes notes, CancellationToken ct) =>
            await notes.ReadAsync(id, ct) is { } items ? TypedResults.Ok(new { items, total = items.Count }) : ApiProblems.NotFound());
        cases.MapPost("/{id:int}/notes", (int id, NoteFields input, CaseNotes notes, Deps d, CancellationToken ct) =>
            Run(input, d, () => notes.AddAsync(id, input, ct), r => Task.FromResult<IResult>(TypedResults.Created($"/api/v1/cases/{id}/notes", new { id = r.Id }))));

        // Bearer clients carry no antiforgery token; the bearer header itself cannot be sent cross-site.
        cases.MapPost("/{id:int}/documents", UploadAsync).DisableAntiforgery();
        cases.MapGet("/{id:int}/documents/{documentId:long}", async Task<IResult> (int id, long documentId, CaseDocuments documents, CancellationToken ct) =>
            await documents.OpenAsync(id, documentId, ct) is { } file ? TypedResults.File(file.Content, file.ContentType, file.FileName) : ApiProblems.NotFound());

        api.MapGet("/structures/{id:int}/case-dashboard", async Task<IResult> (int id, CaseDashboards dashboards, CancellationToken ct) =>
            await dashboards.CoordinatorAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound()).WithTags("Cases");

        var appointments = api.MapGroup("/appointments").WithTags("Appointments");
        appointments.MapGet("/", async (string? staffUserId, DateOnly? from, int? days, AppointmentQueries queries, AthensClock clock, Features.Access.CurrentUser user, CancellationToken ct) =>
        {
            var items = await queries.ForStaffAsync(staffUserId ?? (await user.GetAsync(ct)).UserId, from ?? clock.Today, Math.Clamp(days ?? 7, 1, 62), ct);
            return TypedResults.Ok(new { items, total = items.Count });
        });
        appointments.MapPost("/", (AppointmentFields input, AppointmentWriter w, AppointmentQueries q, Deps d, CancellationToken ct) =>
            Run(input, d, () => w.BookAsync(input, ct), async r => TypedResults.Created($"/api/v1/appointments/{r.Id}", await q.GetAsync(r.Id!.Value, ct))));
        appointments.MapGet("/{id:long}", async Task<IResult> (long id, AppointmentQueries q, CancellationToken ct) =>
            await q.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound());
        appointments.MapPost("/{id:long}/cancel", async Task<IResult> (long id, AppointmentWriter w, AppointmentQueries q, CancellationToken ct) =>
            (await w.CancelAsync(id, ct)).NotFound ? ApiProblems.NotFound() : TypedResults.Ok(await q.GetAsync(id, ct)));

        var calendar = api.MapGroup("/calendar").WithTags("Appointments");
        calendar.MapPost("/token", async (CalendarFeeds feeds, HttpRequest request, CancellationToken ct) =>
            TypedResults.Ok(new FeedLink($"{request.Scheme}://{request.Host}{CalendarFeeds.FeedPath(await feeds.NewTokenAsync(ct))}")));
        calendar.MapDelete("/token", async Task<IResult> (CalendarFeeds feeds, CancellationToken ct) =>
            await feeds.RevokeAsync(ct) ? TypedResults.NoContent() : ApiProblems.NotFound());
        calendar.MapGet("/{token}.ics", async Task<IResult> (string token, CalendarFeeds feeds, CancellationToken ct) =>
            await feeds.RenderAsync(token, ct) is { } ics ? TypedResults.Text(ics, "text/calendar; charset=utf-8") : ApiProblems.NotFound()).AllowAnonymous();
    }

    /// <summary>What every handler needs to answer in the caller's language.</summary>
    public sealed class Deps(IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CaseQueries queries)
    {
        public IStringLocalizerFactory Factory => factory;
        public IStringLocalizer<SharedResource> L => l;
        public CaseQueries Queries => queries;
    }

    private static async Task<IResult> OpenAsync(OpenCaseFields input, CaseWriter writer, Deps d, CancellationToken ct)
    {
        if (ApiValidation.Problem(input, d.Factory, d.L) is { } invalid)
        {
            return invalid;
        }

        var result = await writer.OpenAsync(input, ct);
        return result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { ExistingId: { } existing } => TypedResults.Problem(d.L["ConflictDetail"], statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["existingId"] = existing }),
            { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), d.L),
            _ => TypedResults.Created($"/api/v1/cases/{result.Id}", await d.Queries.GetAsync((int)result.Id!.Value, ct)),
        };
    }

    private static async Task<IResult> UploadAsync(int id, HttpRequest request, CaseDocuments documents, Deps d, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var type = Enum.TryParse<CaseDocumentType>(Pascal(form?["type"].ToString()), out var t) && Enum.IsDefined(t) ? t : (CaseDocumentType?)null;
        var result = await documents.UploadAsync(id, type, form?.Files.GetFile("file"), ct);
        return await Answer(result, d, r => Created(id, "documents", r, d, ct));
    }

    private static async Task<IResult> Run(object input, Deps d, Func<Task<CaseResult>> command, Func<CaseResult, Task<IResult>> success)
    {
        if (ApiValidation.Problem(input, d.Factory, d.L) is { } invalid)
        {
            return invalid;
        }

        return await Answer(await command(), d, success);
    }

    private static async Task<IResult> Answer(CaseResult result, Deps d, Func<CaseResult, Task<IResult>> success) => result switch
    {
        { NotFound: true } => ApiProblems.NotFound(),
        { Conflict: true } => ApiProblems.Conflict(d.L["ConflictDetail"]),
        { Succeeded: false } => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors), d.L),
        _ => await success(result),
    };

    private static async Task<IResult> Case(int id, Deps d, CancellationToken ct) =>
        await d.Queries.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound();

    private static Task<IResult> Created(int caseId, string what, CaseResult result, Deps d, CancellationToken ct) =>
        Task.FromResult<IResult>(TypedResults.Created($"/api/v1/cases/{caseId}/{what}/{result.Id}", new { id = result.Id }));

    private static IResult BadStatus(Deps d) => ApiProblems.Validation(new() { ["status"] = [d.L["ValueInvalid"]] }, d.L);

    /// <summary>snake_case → PascalCase, so that coded values parse like the JSON enums do.</summary>
    private static string Pascal(string? code) =>
        string.Concat((code ?? "").Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
