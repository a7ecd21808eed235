namespace OneStop.Web.Api;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        _ = api.MapGroup("/users").WithTags("Users");
    }
}
