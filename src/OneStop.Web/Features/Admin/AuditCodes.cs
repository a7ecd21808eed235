using OneStop.Data.Entities;

namespace OneStop.Web.Features.Admin;

/// <summary>An audit action's code as the API and the audit page write it (snake case: break_glass).</summary>
public static class AuditCodes
{
    public static AuditAction? Parse(string code) =>
        Enum.GetValues<AuditAction>().Cast<AuditAction?>()
            .FirstOrDefault(a => string.Equals(Code(a!.Value), code.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Code(AuditAction action) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(action.ToString());
}
