using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Audit;

namespace OneStop.Web.Api;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
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
            parsed = ParseAction(action);
            if (parsed is null)
            {
                return ApiProblems.Validation(new() { ["action"] = [t["UnknownAuditAction"]] }, l);
            }
        }

        return TypedResults.Ok(await queries.SearchAsync(new AuditFilter(from, to, user, entityType, entityId, parsed, page ?? 1), ct));
    }

    /// <summary>The codes the API uses: insert, update, delete, view, break_glass.</summary>
    public static AuditAction? ParseAction(string code) =>
        Enum.GetValues<AuditAction>().Cast<AuditAction?>()
            .FirstOrDefault(a => string.Equals(Code(a!.Value), code.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Code(AuditAction action) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(action.ToString());
}
