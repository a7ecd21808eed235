using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using OneStop.Web.Setup;

namespace OneStop.Web.Api;

/// <summary>
/// Validates an API request with the same data annotations the forms use, and answers RFC 9457
/// problem details whose errors are keyed by the JSON field name, in the caller's language.
/// </summary>
public static class ApiValidation
{
    public static Dictionary<string, string[]> Validate(object model, IStringLocalizerFactory factory)
    {
        var localizer = LocalizationSetup.ForModel(factory, model.GetType());
        var errors = new Dictionary<string, string[]>();
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(model);
            var display = property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name;
            var context = new ValidationContext(model) { MemberName = property.Name, DisplayName = localizer[display] };
            var messages = property.GetCustomAttributes<ValidationAttribute>()
                .Where(a => a.GetValidationResult(value, context) != ValidationResult.Success)
                .Select(a => Message(a, localizer, context.DisplayName))
                .ToArray();
            if (messages.Length > 0)
            {
                errors[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = messages;
            }
        }

        return errors;
    }

    /// <summary>The validation problem for a request, or null when its fields are valid.</summary>
    public static IResult? Problem(object model, IStringLocalizerFactory factory, IStringLocalizer localizer)
    {
        var errors = Validate(model, factory);
        return errors.Count > 0 ? ApiProblems.Validation(errors, localizer) : null;
    }

    /// <summary>Cross-field errors from a feature class, keyed by C# property path (e.g. OpeningHours[0].Closes),
    /// as JSON names (openingHours[0].closes).</summary>
    public static Dictionary<string, string[]> ToJsonKeys(IEnumerable<KeyValuePair<string, string>> errors) =>
        errors.GroupBy(e => string.Join('.', e.Key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName)))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray());

    private static string Message(ValidationAttribute attribute, IStringLocalizer localizer, string displayName)
    {
        if (attribute.ErrorMessage is { } key)
        {
            return attribute switch
            {
                StringLengthAttribute s => localizer[key, displayName, s.MaximumLength, s.MinimumLength],
                RangeAttribute r => localizer[key, displayName, r.Minimum, r.Maximum],
                _ => localizer[key, displayName],
            };
        }

        return attribute.FormatErrorMessage(displayName);
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
