using System.Globalization;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Referrals;

/// <summary>
/// The fields of a person a referral may share, by their JSON names. Only these leave the sending
/// structure; nothing else of the person (history, notes, other structures' records) ever does.
/// </summary>
public static class SharedFields
{
    public static readonly IReadOnlyList<string> All =
    [
        "lastName", "firstName", "fatherName", "motherName", "birthDate", "gender", "amka", "afm", "idDocument",
        "nationality", "languages", "phone", "email", "address", "postalCode",
    ];

    public static List<string> Parse(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    public static string Store(IEnumerable<string> codes) => string.Join(',', All.Where(codes.Contains));

    public static bool IsKnown(string code) => All.Contains(code);

    /// <summary>The shared fields' values, in invariant form (dates ISO, codes snake_case).</summary>
    public static Dictionary<string, string?> Values(Beneficiary b, IEnumerable<string> codes) =>
        All.Where(codes.Contains).ToDictionary(code => code, code => Value(b, code));

    private static string? Value(Beneficiary b, string code) => code switch
    {
        "lastName" => b.LastName,
        "firstName" => b.FirstName,
        "fatherName" => b.FatherName,
        "motherName" => b.MotherName,
        "birthDate" => b.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "gender" => b.Gender is { } g ? System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(g.ToString()) : null,
        "amka" => b.Amka,
        "afm" => b.Afm,
        "idDocument" => b.IdDocumentNumber is null ? null : $"{(b.IdDocumentType is { } t ? System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(t.ToString()) + " " : "")}{b.IdDocumentNumber}",
        "nationality" => b.Nationality,
        "languages" => b.Languages,
        "phone" => b.Phone,
        "email" => b.Email,
        "address" => b.Address,
        "postalCode" => b.PostalCode,
        _ => null,
    };
}
