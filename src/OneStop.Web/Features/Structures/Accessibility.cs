using System.Text.Json;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Structures;

/// <summary>Accessibility features as the lower snake_case codes the API and forms use.</summary>
public static class Accessibility
{
    public static readonly IReadOnlyList<(AccessibilityFeatures Flag, string Code)> All =
        Enum.GetValues<AccessibilityFeatures>()
            .Where(f => f != AccessibilityFeatures.None)
            .Select(f => (f, JsonNamingPolicy.SnakeCaseLower.ConvertName(f.ToString())))
            .ToList();

    public static List<string> ToCodes(AccessibilityFeatures features) =>
        All.Where(a => features.HasFlag(a.Flag)).Select(a => a.Code).ToList();

    /// <summary>Returns the flags, or the first unknown code.</summary>
    public static (AccessibilityFeatures Flags, string? Unknown) FromCodes(IEnumerable<string> codes)
    {
        var result = AccessibilityFeatures.None;
        foreach (var code in codes)
        {
            var match = All.FirstOrDefault(a => a.Code == code);
            if (match.Code is null)
            {
                return (result, code);
            }

            result |= match.Flag;
        }

        return (result, null);
    }
}
