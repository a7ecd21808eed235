using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Beneficiaries;

/// <summary>Keeps the derived search columns of a person in step with what was typed.</summary>
public static class SearchKeys
{
    /// <summary>Rebuilds the phonetic name keys (Greek and Latin names) and the reversed phone digits.</summary>
    public static void Refresh(Beneficiary b)
    {
        var keys = new[] { b.LastName, b.FirstName, b.LatinLastName, b.LatinFirstName }
            .SelectMany(NameKey.WordKeys)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        b.NameKeys.RemoveAll(k => !keys.Contains(k.Key));
        foreach (var key in keys.Where(k => b.NameKeys.All(n => n.Key != k)))
        {
            b.NameKeys.Add(new BeneficiaryNameKey { Key = key });
        }

        b.PhoneReversed = ReversedDigits(b.Phone);
    }

    public static string? ReversedDigits(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).Reverse().ToArray());
        return digits.Length == 0 ? null : digits;
    }

    /// <summary>The exclusive upper bound of a prefix range: "pap" → "paq".</summary>
    public static string PrefixEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
