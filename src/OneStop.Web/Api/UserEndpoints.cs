using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Users;

namespace OneStop.Web.Api;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
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

    public sealed record RoleJson(OneStop.Data.Entities.AppRole Role, int? StructureId);

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
            return ApiProblems.Validation(ApiValidation.ToJsonKeys(result.Errors), l);
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
        { Succeeded: false } => ApiProblems.Validation(ApiValidation.ToJsonKeys(result.Errors), l),
        _ => await queries.GetAsync(result.Id!, ct) is { } user ? TypedResults.Ok(ToJson(user)) : TypedResults.NoContent(),
    };
}
