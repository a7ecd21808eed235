using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Web.Domain;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Beneficiaries;

/// <summary>
/// The rules of a person's fields that go beyond data annotations: ΑΜΚΑ (error, or a date warning the
/// user may accept), ΑΦΜ, nationality, household rows and consents. Errors are keyed by property path.
/// </summary>
public sealed class IdentifierRules(PeopleScope people, TimeProvider time, IStringLocalizer<BeneficiariesResource> t)
{
    public sealed record Checked(List<KeyValuePair<string, string>> Errors, bool AmkaWarning, string? Amka, string? Afm, string? Languages);

    public string Text(string key) => t[key];

    public async Task<Checked> CheckAsync(BeneficiaryFields input, CancellationToken ct)
    {
        var errors = new List<KeyValuePair<string, string>>();
        void Error(string field, string key) => errors.Add(new(field, t[key]));

        string? amka = null;
        var warning = false;
        var amkaCheck = Amka.Check(input.Amka, input.BirthDate);
        if (Amka.IsError(amkaCheck))
        {
            Error(nameof(input.Amka), amkaCheck == AmkaCheck.ChecksumFailed ? "AmkaChecksum" : "AmkaLength");
        }
        else if (amkaCheck != AmkaCheck.Empty)
        {
            amka = Amka.Normalize(input.Amka);
            if (amkaCheck == AmkaCheck.BirthDateMismatch && !input.AcceptAmkaWarning)
            {
                warning = true;
                Error(nameof(input.Amka), "AmkaDateMismatch");
            }
        }

        string? afm = null;
        if (!string.IsNullOrWhiteSpace(input.Afm))
        {
            afm = Afm.Normalize(input.Afm);
            if (afm is null || !Afm.IsValid(afm))
            {
                Error(nameof(input.Afm), "AfmInvalid");
            }
        }

        if (!string.IsNullOrWhiteSpace(input.Nationality) && !Countries.IsKnown(input.Nationality.Trim()))
        {
            Error(nameof(input.Nationality), "UnknownCountry");
        }

        if (input.BirthDate is { } born && (born.Year < 1900 || born > AthensTime.Today(time)))
        {
            Error(nameof(input.BirthDate), "BirthDateOutOfRange");
        }

        var languages = string.IsNullOrWhiteSpace(input.Languages)
            ? null
            : string.Join(",", input.Languages.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToLowerInvariant()).Distinct(StringComparer.Ordinal));

        var visible = await people.VisibleAsync(ct);
        for (var i = 0; i < input.Household.Count; i++)
        {
            var h = input.Household[i];
            if (h.IsEmpty)
            {
                continue;
            }

            if (h.Relationship is null)
            {
                Error($"Household[{i}].Relationship", "HouseholdRelationshipRequired");
            }

            if (string.IsNullOrWhiteSpace(h.Name))
            {
                Error($"Household[{i}].Name", "HouseholdNameRequired");
            }
            else if (h.Name.Trim().Length > 200)
            {
                Error($"Household[{i}].Name", "HouseholdNameTooLong");
            }

            if (h.MemberId is { } memberId && !await visible.AnyAsync(b => b.Id == memberId, ct))
            {
                Error($"Household[{i}].MemberId", "UnknownMember");
            }
        }

        for (var i = 0; i < input.Consents.Count; i++)
        {
            var c = input.Consents[i];
            if (c.Given is not null && c.Purpose is null)
            {
                Error($"Consents[{i}].Purpose", "ConsentPurposeRequired");
            }

            if (c.Expires is { } expires && c.Date is { } date && expires < date)
            {
                Error($"Consents[{i}].Expires", "ExpiresBeforeDate");
            }
        }

        return new Checked(errors, warning, amka, afm, languages);
    }
}

/// <summary>Dates as the people of a Greek office see them.</summary>
public static class AthensTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, Zone));

    public static string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
