using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Referrals;

/// <summary>A new referral, as the form and <c>POST /api/v1/referrals</c> take it.</summary>
[TextResource(typeof(ReferralsResource))]
public sealed class ReferralFields
{
    [Display(Name = "Person")]
    [Required(ErrorMessage = "Required")]
    public int? BeneficiaryId { get; set; }

    [Display(Name = "FromStructure")]
    [Required(ErrorMessage = "Required")]
    public int? FromStructureId { get; set; }

    [Display(Name = "ToStructure")]
    public int? ToStructureId { get; set; }

    [Display(Name = "ToPartnerService")]
    public int? ToPartnerServiceId { get; set; }

    [Display(Name = "Reason")]
    [Required(ErrorMessage = "Required")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Reason { get; set; }

    [Display(Name = "Urgency")]
    public ReferralUrgency Urgency { get; set; } = ReferralUrgency.Normal;

    [Display(Name = "DueDate")]
    public DateOnly? DueDate { get; set; }

    [Display(Name = "SharedFields")]
    public List<string> SharedFields { get; set; } = [];

    [Display(Name = "LegalBasis")]
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? LegalBasis { get; set; }

    /// <summary>True keeps it as a draft; otherwise it is sent at once.</summary>
    public bool Draft { get; set; }
}

/// <summary><c>POST /api/v1/referrals/{id}/status</c>: the next status and a note (required to decline or complete).</summary>
[TextResource(typeof(ReferralsResource))]
public sealed class StatusFields
{
    [Display(Name = "Status")]
    [Required(ErrorMessage = "Required")]
    public ReferralStatus? Status { get; set; }

    [Display(Name = "Note")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Note { get; set; }
}
