using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace OneStop.Web.Features.Common;

/// <summary>
/// Validates a fields object with the same data annotations the forms use, in the caller's language,
/// with errors keyed by the JSON field name (the API and the offline sync answer with them).
/// </summary>
public static class FieldValidation
{
    public static Dictionary<string, string[]> Validate(object model, IStringLocalizerFactory factory)
    {
        var localizer = ModelTexts.ForModel(factory, model.GetType());
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
