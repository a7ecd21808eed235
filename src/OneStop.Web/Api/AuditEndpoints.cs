namespace OneStop.Web.Api;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        _ = api.MapGroup("/audit").WithTags("Audit");
    }
}
