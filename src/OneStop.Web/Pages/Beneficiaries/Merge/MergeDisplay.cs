using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OneStop.Web.Pages.Beneficiaries.Merge;

/// <summary>Shows a field value of a person as the merge pages display it (dates dd/MM/yyyy, Athens time).</summary>
public static class MergeDisplay
{
    private static readonly TimeZoneInfo Athens = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public static string? Format(object? value, IStringLocalizer t) => value switch
    {
        null => null,
        string s when string.IsNullOrWhiteSpace(s) => null,
        string s => s,
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTime at => Local(at),
        bool b => t[b ? "Boolean_True" : "Boolean_False"],
        Enum e => t[$"{e.GetType().Name}_{e}"],
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Athens).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
