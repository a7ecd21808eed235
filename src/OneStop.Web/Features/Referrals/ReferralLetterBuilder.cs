using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Referrals;

/// <summary>
/// The Greek referral letter of a referral the user's structure sent: the shared fields only, and
/// the partner's signed link when one is current. Printing it is a read of the person (audited).
/// </summary>
public sealed class ReferralLetterBuilder(ReferralQueries queries, ReferralLinkIssuer issuer, IHttpContextAccessor http, IStringLocalizer<ReferralsResource> t)
{
    private static readonly CultureInfo Greek = CultureInfo.GetCultureInfo("el-GR");

    public async Task<ReferralLetter?> BuildAsync(int id, CancellationToken ct)
    {
        var referral = await queries.GetAsync(id, ct);
        if (referral is null || referral.Direction != "outgoing" || referral.Status == ReferralStatus.Draft)
        {
            return null;
        }

        await queries.ViewAsync(id, ct);
        var token = await issuer.CurrentAsync(id, ct);
        var request = http.HttpContext!.Request;
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Greek;
        try
        {
            string Date(DateTime? utc) => utc is { } u ? AthensClock.ToLocal(u).ToString("dd/MM/yyyy", Greek) : "";
            var closing = new List<string> { t["LetterAnswer"] };
            if (token is not null)
            {
                closing.Add(t["LetterLink", $"{request.Scheme}://{request.Host}/Referrals/Respond?t={token}"]);
            }

            closing.Add(t["LetterConfidential"]);
            return new ReferralLetter(
                Title: t["LetterTitle"],
                Sender: referral.FromStructureName,
                Header:
                [
                    new(t["LetterTo"], string.Join(" – ", new[] { referral.ToOrganizationName, referral.ToPartnerServiceName ?? referral.ToStructureName }.Where(x => x is not null))),
                    new(t["LetterNumber"], referral.Id.ToString(CultureInfo.InvariantCulture)),
                    new(t["LetterDate"], Date(referral.SentAt)),
                    new(t["Urgency"], t["Urgency_" + referral.Urgency]),
                    new(t["DueDate"], referral.DueDate?.ToString("dd/MM/yyyy", Greek) ?? "—"),
                    new(t["LegalGround"], referral.ConsentOnRecord ? t["ConsentOnRecord"] : referral.LegalBasis ?? ""),
                ],
                PersonTitle: t["SharedFieldsTitle"],
                Person: referral.Person.Select(p => new LabelValue(t["Field_" + p.Key], SharedFieldText.Format(p.Key, p.Value, t))).ToList(),
                ReasonTitle: t["Reason"],
                Reason: referral.Reason,
                Closing: closing,
                SignatureTitle: t["LetterSignature"],
                NameLabel: t["SignatureName"],
                SignatureLabel: t["SignatureSign"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }
}

/// <summary>A shared field's value as people read it (dates dd/MM/yyyy, codes as words).</summary>
public static class SharedFieldText
{
    public static string Format(string code, string? value, IStringLocalizer t)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "—";
        }

        return code switch
        {
            "birthDate" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            "gender" => t["Gender_" + value],
            _ => value,
        };
    }
}
