using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OneStop.Web.Pages;

public static class ModelStateExtensions
{
    /// <summary>Shows a feature class's errors (keyed by property name) under the form's Input fields.</summary>
    public static void AddInputErrors(this ModelStateDictionary modelState, IEnumerable<KeyValuePair<string, string>> errors)
    {
        foreach (var (field, message) in errors)
        {
            modelState.AddModelError($"Input.{field}", message);
        }
    }
}
