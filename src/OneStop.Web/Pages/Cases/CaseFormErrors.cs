using Microsoft.AspNetCore.Mvc.ModelBinding;
using OneStop.Web.Features.Cases;

namespace OneStop.Web.Pages.Cases;

public static class CaseFormErrors
{
    /// <summary>Shows a case command's errors under the fields of the form whose inputs are named "{prefix}.Field".</summary>
    public static void AddCaseErrors(this ModelStateDictionary modelState, string prefix, CaseResult result)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field == "Case" ? "" : $"{prefix}.{field}", message);
        }
    }
}
