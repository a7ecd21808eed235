using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Partners;

/// <summary>An organisation of the directory, as the form and the API take it.</summary>
[TextResource(typeof(PartnersResource))]
public sealed class OrganizationFields
{
    /// <summary>Whose directory; when omitted, the only municipality the user keeps.</summary>
    [Display(Name = "Municipality")]
    public int? MunicipalityId { get; set; }

    [Display(Name = "OrganizationName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "OrganizationKind")]
    [Required(ErrorMessage = "Required")]
    public OrganizationKind? Kind { get; set; }

    /// <summary>For kind onestop_structure: the structure whose inbox receives referrals.</summary>
    [Display(Name = "LinkedStructure")]
    public int? StructureId { get; set; }

    [Display(Name = "Description")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Description { get; set; }

    [Display(Name = "Email")]
    [EmailAddress(ErrorMessage = "InvalidEmail")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Email { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "TooLong")]
    public string? Phone { get; set; }

    [Display(Name = "Website")]
    [StringLength(300, ErrorMessage = "TooLong")]
    public string? Website { get; set; }

    public int Version { get; set; }
}

/// <summary>A service of an organisation with the HSDS fields that matter to a referral.</summary>
[TextResource(typeof(PartnersResource))]
public sealed class PartnerServiceFields
{
    [Display(Name = "ServiceName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Description")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Description { get; set; }

    [Display(Name = "Eligibility")]
    [StringLength(1000, ErrorMessage = "TooLong")]
    public string? Eligibility { get; set; }

    [Display(Name = "ServiceLanguages")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? Languages { get; set; }

    [Display(Name = "Fees")]
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? Fees { get; set; }

    [Display(Name = "Schedule")]
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? Schedule { get; set; }

    [Display(Name = "Address")]
    [StringLength(300, ErrorMessage = "TooLong")]
    public string? Address { get; set; }

    [Display(Name = "City")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? City { get; set; }

    [Display(Name = "PostalCode")]
    [StringLength(10, ErrorMessage = "TooLong")]
    public string? PostalCode { get; set; }

    [Display(Name = "ContactName")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? ContactName { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "TooLong")]
    public string? Phone { get; set; }

    [Display(Name = "Email")]
    [EmailAddress(ErrorMessage = "InvalidEmail")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Email { get; set; }

    [Display(Name = "Accessibility")]
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? Accessibility { get; set; }

    [Display(Name = "ServiceStatus")]
    public PartnerServiceStatus Status { get; set; } = PartnerServiceStatus.Active;

    [Display(Name = "VerifiedOn")]
    public DateOnly? VerifiedOn { get; set; }

    [Display(Name = "VerifiedBy")]
    [StringLength(256, ErrorMessage = "TooLong")]
    public string? VerifiedBy { get; set; }

    public int Version { get; set; }
}
