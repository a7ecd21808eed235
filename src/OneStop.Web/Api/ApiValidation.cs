using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

/// <summary>
/// Validates an API request with the same data annotations the forms use, and answers RFC 9457
/// problem details whose errors are keyed by the JSON field name, in the caller's language.
/// </summary>
public static class ApiValidation
{
    /// <summary>The validation problem for a request, or null when its fields are valid.</summary>
    public static IResult? Problem(object model, IStringLocalizerFactory factory, IStringLocalizer localizer)
    {
        var errors = FieldValidation.Validate(model, factory);
        return errors.Count > 0 ? ApiProblems.Validation(errors, localizer) : null;
    }
}

/// <summary>Problem details the API answers with.</summary>
public static class ApiProblems
{
    public static IResult Validation(Dictionary<string, string[]> errors, IStringLocalizer localizer) =>
        TypedResults.ValidationProblem(errors, title: localizer["ValidationFailed"]);

    public static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict);
}
