using System.Security.Claims;
using OneStop.Data.Auditing;

namespace OneStop.Web.Features.Access;

/// <summary>The signed-in user of the current request, as recorded in the audit log.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => http.HttpContext?.User.Identity?.IsAuthenticated == true
        ? http.HttpContext.User.Identity.Name
        : "system";
}
