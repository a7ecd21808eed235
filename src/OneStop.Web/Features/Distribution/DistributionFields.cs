using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Distribution;

/// <summary>One household's distribution, as the counter form, the API and the offline sync send it.</summary>
[TextResource(typeof(DistributionResource))]
public class DistributionFields
{
    [Display(Name = "List")]
    [Required(ErrorMessage = "Required")]
    public int? ListId { get; set; }

    [Display(Name = "Household")]
    [Required(ErrorMessage = "Required")]
    public int? BeneficiaryId { get; set; }

    [Display(Name = "Round")]
    public int? RoundId { get; set; }

    /// <summary>When it was handed over; now when omitted.</summary>
    [Display(Name = "OccurredAt")]
    public DateTimeOffset? OccurredAt { get; set; }

    [Display(Name = "Parcels")]
    [Range(0, 1000, ErrorMessage = "OutOfRange")]
    public int Parcels { get; set; } = 1;

    [Display(Name = "Items")]
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? Items { get; set; }

    [Display(Name = "Signature")]
    public SignatureKind Signature { get; set; }

    /// <summary>The signature drawn on screen: a PNG as a data URL or base64 (with signature "drawn").</summary>
    [Display(Name = "SignaturePng")]
    [StringLength(400_000, ErrorMessage = "TooLong")]
    public string? SignaturePng { get; set; }
}
