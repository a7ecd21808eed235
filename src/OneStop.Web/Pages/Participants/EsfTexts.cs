using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;

namespace OneStop.Web.Pages.Participants;

/// <summary>Labels and choices of the ESF fields, in the user's language.</summary>
public static class EsfTexts
{
    public static List<SelectListItem> Options<T>(IStringLocalizer t, string prefix, T? selected) where T : struct, Enum =>
        [new SelectListItem(t["NotAnswered"], ""), .. Enum.GetValues<T>().Select(v => new SelectListItem(t[$"{prefix}_{v}"], v.ToString(), Equals(v, selected)))];

    public static List<SelectListItem> YesNo(IStringLocalizer t, bool? selected) =>
    [
        new SelectListItem(t["NotAnswered"], ""),
        new SelectListItem(t["Answer_Yes"], "true", selected == true),
        new SelectListItem(t["Answer_No"], "false", selected == false),
    ];

    public static List<SelectListItem> Isced(IStringLocalizer t, int? selected) =>
        [new SelectListItem(t["NotAnswered"], ""), .. Enumerable.Range(0, 9).Select(i => new SelectListItem($"ISCED {i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), i == selected))];

    public static string Answer(IStringLocalizer t, YesNoRefused? v) => v is { } x ? t[$"Answer_{x}"] : "–";

    public static string Answer(IStringLocalizer t, bool? v) => v is { } x ? t[x ? "Answer_Yes" : "Answer_No"] : "–";

    public static string Label<T>(IStringLocalizer t, string prefix, T? v) where T : struct, Enum => v is { } x ? t[$"{prefix}_{x}"] : "–";

    /// <summary>The completeness badge's text: complete, or what is missing.</summary>
    public static string Badge(IStringLocalizer t, IReadOnlyList<string> missing) =>
        missing.Count == 0 ? t["Complete"] : t["Incomplete", string.Join(", ", missing.Select(m => t["Missing_" + m].Value))];

    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "–";
}
