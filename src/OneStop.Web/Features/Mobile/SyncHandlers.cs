using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Activities;
using OneStop.Web.Features.Distribution;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Features.Mobile;

/// <summary>
/// One record type each: reads <c>data</c> exactly as the record's own endpoint takes it, validates
/// it with the same annotations, and writes it with the same writer.
/// </summary>
public sealed class SyncHandlers(
    VisitWriter visits, VisitQueries visitQueries, DistributionWriter distributions, ActivityWriter activities,
    IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, IStringLocalizer<MobileResource> t)
{
    public sealed record Prepared(ProblemDetails? Problem, Func<CancellationToken, Task<SyncResult>>? Apply);

    public Prepared Prepare(string type, JsonElement data, JsonSerializerOptions options) => type switch
    {
        SyncTypes.Visit => Read<SyncVisitFields>(data, options, VisitAsync, PrefillVisitAsync),
        SyncTypes.Distribution => Read<DistributionFields>(data, options, DistributionAsync),
        SyncTypes.Attendance => Read<AttendanceFields>(data, options, AttendanceAsync),
        SyncTypes.HeadCount => Read<HeadCountFields>(data, options, HeadCountAsync),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private Prepared Read<T>(JsonElement data, JsonSerializerOptions options, Func<T, CancellationToken, Task<SyncResult>> apply, Func<T, CancellationToken, Task>? prefill = null)
        where T : class
    {
        T? fields;
        try
        {
            fields = data.ValueKind == JsonValueKind.Object ? data.Deserialize<T>(options) : null;
        }
        catch (JsonException e)
        {
            return new Prepared(SyncProblems.BadJson(e, l), null);
        }

        if (fields is null)
        {
            return new Prepared(SyncProblems.Validation(new() { ["data"] = [l["InvalidRequestBody"].Value] }, l), null);
        }

        return new Prepared(null, async ct =>
        {
            if (prefill is not null)
            {
                await prefill(fields, ct);
            }

            var errors = FieldValidation.Validate(fields, factory);
            return errors.Count > 0 ? Result(SyncStatus.Invalid, null, problem: SyncProblems.Validation(errors, l)) : await apply(fields, ct);
        });
    }

    /// <summary>A correction may leave out the structure, as PUT /api/v1/visits/{id} does.</summary>
    private async Task PrefillVisitAsync(SyncVisitFields input, CancellationToken ct)
    {
        if (input.Id is { } id && input.StructureId is null && await visitQueries.GetAsync(id, ct) is { } existing)
        {
            input.StructureId = existing.StructureId;
        }
    }

    private async Task<SyncResult> VisitAsync(SyncVisitFields input, CancellationToken ct)
    {
        if (input.Id is not { } id)
        {
            var created = await visits.CreateAsync(input, ct);
            return created switch
            {
                { NotFound: true } => Result(SyncStatus.Invalid, null, problem: SyncProblems.NotFound()),
                { Succeeded: false } => Result(SyncStatus.Invalid, null, problem: SyncProblems.FromErrors(created.Errors, l)),
                _ => Result(SyncStatus.Created, created.Id),
            };
        }

        if (await visitQueries.GetAsync(id, ct) is not { } existing)
        {
            return Result(SyncStatus.Invalid, id, problem: SyncProblems.NotFound());
        }

        var updated = await visits.UpdateAsync(id, input, ct);
        return updated switch
        {
            { NotFound: true } => Result(SyncStatus.Invalid, id, problem: SyncProblems.NotFound()),
            { Forbidden: true } => Result(SyncStatus.Invalid, id, problem: new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden" }),
            { Conflict: true } => Result(SyncStatus.Conflict, id, current: existing, problem: SyncProblems.Conflict(l["ConflictDetail"])),
            { Succeeded: false } => Result(SyncStatus.Invalid, id, problem: SyncProblems.FromErrors(updated.Errors, l)),
            _ => Result(SyncStatus.Updated, id),
        };
    }

    private async Task<SyncResult> DistributionAsync(DistributionFields input, CancellationToken ct)
    {
        var created = await distributions.CreateAsync(input, ct);
        return created switch
        {
            { NotFound: true } => Result(SyncStatus.Invalid, null, problem: SyncProblems.NotFound()),
            { Refused: { } standing } => Result(SyncStatus.Conflict, standing.Previous.LastOrDefault()?.Id, current: standing, problem: SyncProblems.Conflict(t[Rules.RefusalKey(standing)])),
            { Succeeded: false } => Result(SyncStatus.Invalid, null, problem: SyncProblems.FromErrors(created.Errors, l)),
            _ => Result(SyncStatus.Created, created.Id, warning: created.Warning),
        };
    }

    private async Task<SyncResult> AttendanceAsync(AttendanceFields input, CancellationToken ct)
    {
        var result = await activities.AttendAsync(input, ct);
        return result switch
        {
            { NotFound: true } => Result(SyncStatus.Invalid, null, problem: SyncProblems.NotFound()),
            { Succeeded: false } => Result(SyncStatus.Invalid, null, problem: SyncProblems.FromErrors(result.Errors, l)),
            _ => Result(SyncStatus.Created, result.Id),
        };
    }

    private async Task<SyncResult> HeadCountAsync(HeadCountFields input, CancellationToken ct)
    {
        var result = await activities.AddHeadCountAsync(input, ct);
        return result switch
        {
            { NotFound: true } => Result(SyncStatus.Invalid, null, problem: SyncProblems.NotFound()),
            { Succeeded: false } => Result(SyncStatus.Invalid, null, problem: SyncProblems.FromErrors(result.Errors, l)),
            _ => Result(SyncStatus.Created, result.Id),
        };
    }

    private static SyncResult Result(string status, long? id, object? current = null, ProblemDetails? problem = null, object? warning = null) =>
        new("", status, id, current, problem, warning);
}
