using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Duplicates;

/// <summary>Which record's value of a field survives a merge.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<MergeChoice>))]
public enum MergeChoice
{
    Survivor = 1,
    Merged = 2,
}

/// <summary>The fields of a person that a merge lets the user choose, and snapshots of them for undo.</summary>
public static class MergeFields
{
    public static readonly IReadOnlyList<PropertyInfo> All =
    [
        .. new[]
        {
            nameof(Beneficiary.LastName), nameof(Beneficiary.FirstName), nameof(Beneficiary.FatherName), nameof(Beneficiary.MotherName),
            nameof(Beneficiary.LatinLastName), nameof(Beneficiary.LatinFirstName), nameof(Beneficiary.BirthDate), nameof(Beneficiary.Gender),
            nameof(Beneficiary.Amka), nameof(Beneficiary.Afm), nameof(Beneficiary.IdDocumentType), nameof(Beneficiary.IdDocumentNumber),
            nameof(Beneficiary.Nationality), nameof(Beneficiary.Languages), nameof(Beneficiary.Phone), nameof(Beneficiary.Email),
            nameof(Beneficiary.Address), nameof(Beneficiary.PostalCode), nameof(Beneficiary.ResidenceMunicipality),
            nameof(Beneficiary.Disability), nameof(Beneficiary.ForeignBackground), nameof(Beneficiary.Minority), nameof(Beneficiary.Homeless),
            nameof(Beneficiary.OtherDisadvantaged), nameof(Beneficiary.ThirdCountryNational), nameof(Beneficiary.Rural),
            nameof(Beneficiary.PrivacyNoticeGivenAt), nameof(Beneficiary.PrivacyNoticeGivenBy),
        }.Select(n => typeof(Beneficiary).GetProperty(n)!),
    ];

    public static PropertyInfo? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public static bool IsEmpty(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    /// <summary>The default choice: the survivor's value unless it is empty and the merged one is not.</summary>
    public static MergeChoice Default(PropertyInfo field, Beneficiary survivor, Beneficiary merged) =>
        IsEmpty(field.GetValue(survivor)) && !IsEmpty(field.GetValue(merged)) ? MergeChoice.Merged : MergeChoice.Survivor;

    public static Dictionary<string, JsonElement> Snapshot(Beneficiary b) =>
        All.ToDictionary(p => p.Name, p => JsonSerializer.SerializeToElement(p.GetValue(b), p.PropertyType));

    /// <summary>
    /// Puts back the values of <paramref name="before"/>, except in fields changed since
    /// <paramref name="after"/> was taken: an edit made after the merge is never lost by an undo.
    /// </summary>
    public static void Restore(Beneficiary b, Dictionary<string, JsonElement> before, Dictionary<string, JsonElement>? after = null)
    {
        foreach (var p in All.Where(p => before.ContainsKey(p.Name)))
        {
            var current = JsonSerializer.SerializeToElement(p.GetValue(b), p.PropertyType).GetRawText();
            if (after is not null && after.TryGetValue(p.Name, out var then) && then.GetRawText() != current)
            {
                continue;
            }

            p.SetValue(b, before[p.Name].Deserialize(p.PropertyType));
        }
    }
}

/// <summary>What BeneficiaryMerge.UndoData holds: the survivor before the merge and every row moved.</summary>
public sealed record MergeUndoData(
    Dictionary<string, JsonElement> SurvivorFields,
    string? MergedAmka,
    string? MergedAfm,
    List<long> VisitIds,
    List<int> ConsentIds,
    List<int> HouseholdIds,
    List<int> HouseholdMemberRefIds,
    List<int> LinkIds,
    List<int> SkippedLinkIds,
    Dictionary<string, JsonElement>? SurvivorFieldsAfter = null,
    List<int>? AddedDismissalIds = null,
    Dictionary<string, List<long>>? Moved = null);
