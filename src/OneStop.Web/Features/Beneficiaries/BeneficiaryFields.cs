using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Beneficiaries;

/// <summary>The editable fields of a person, shared by the registration/edit forms and the API.</summary>
[TextResource(typeof(BeneficiariesResource))]
public sealed class BeneficiaryFields
{
    [Display(Name = "LastName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? LastName { get; set; }

    [Display(Name = "FirstName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? FirstName { get; set; }

    [Display(Name = "FatherName")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? FatherName { get; set; }

    [Display(Name = "MotherName")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? MotherName { get; set; }

    [Display(Name = "LatinLastName")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? LatinLastName { get; set; }

    [Display(Name = "LatinFirstName")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? LatinFirstName { get; set; }

    [Display(Name = "BirthDate")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "Gender")]
    public Gender? Gender { get; set; }

    [Display(Name = "Amka")]
    [StringLength(20, ErrorMessage = "TooLong")]
    public string? Amka { get; set; }

    [Display(Name = "Afm")]
    [StringLength(20, ErrorMessage = "TooLong")]
    public string? Afm { get; set; }

    [Display(Name = "IdDocumentType")]
    public IdDocumentType? IdDocumentType { get; set; }

    [Display(Name = "IdDocumentNumber")]
    [StringLength(40, ErrorMessage = "TooLong")]
    public string? IdDocumentNumber { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    [Display(Name = "Nationality")]
    public string? Nationality { get; set; }

    /// <summary>ISO 639-1 codes separated by commas, e.g. "el, en, ar".</summary>
    [Display(Name = "Languages")]
    [StringLength(100, ErrorMessage = "TooLong")]
    [RegularExpression(@"^\s*[A-Za-z]{2}(\s*,\s*[A-Za-z]{2})*\s*$", ErrorMessage = "InvalidLanguages")]
    public string? Languages { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "TooLong")]
    [RegularExpression(@"^\+?[0-9 ()\-]{5,40}$", ErrorMessage = "InvalidPhone")]
    public string? Phone { get; set; }

    [Display(Name = "Email")]
    [StringLength(200, ErrorMessage = "TooLong")]
    [EmailAddress(ErrorMessage = "InvalidEmail")]
    public string? Email { get; set; }

    [Display(Name = "Address")]
    [StringLength(300, ErrorMessage = "TooLong")]
    public string? Address { get; set; }

    [Display(Name = "PostalCode")]
    [RegularExpression(@"^\d{3} ?\d{2}$", ErrorMessage = "InvalidPostalCode")]
    public string? PostalCode { get; set; }

    [Display(Name = "ResidenceMunicipality")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? ResidenceMunicipality { get; set; }

    [Display(Name = "Disability")]
    public YesNoRefused? Disability { get; set; }

    [Display(Name = "ForeignBackground")]
    public YesNoRefused? ForeignBackground { get; set; }

    [Display(Name = "Minority")]
    public YesNoRefused? Minority { get; set; }

    [Display(Name = "Homeless")]
    public YesNoRefused? Homeless { get; set; }

    [Display(Name = "OtherDisadvantaged")]
    public YesNoRefused? OtherDisadvantaged { get; set; }

    [Display(Name = "ThirdCountryNational")]
    public bool? ThirdCountryNational { get; set; }

    [Display(Name = "Rural")]
    public bool? Rural { get; set; }

    public List<HouseholdFields> Household { get; set; } = [];

    /// <summary>Consents recorded at registration (the form); later ones go through the consents endpoint.</summary>
    public List<ConsentFields> Consents { get; set; } = [];

    /// <summary>The structure that registers the person (ignored on update).</summary>
    [Display(Name = "Structure")]
    public int? StructureId { get; set; }

    /// <summary>The user confirmed an ΑΜΚΑ whose date part differs from the birth date.</summary>
    public bool AcceptAmkaWarning { get; set; }

    [Display(Name = "PrivacyNoticeGiven")]
    public bool PrivacyNoticeGiven { get; set; }

    /// <summary>The version the editor started from; a stale version is refused as a conflict.</summary>
    public int? Version { get; set; }
}

[TextResource(typeof(BeneficiariesResource))]
public sealed class HouseholdFields
{
    [Display(Name = "Relationship")]
    public HouseholdRelationship? Relationship { get; set; }

    [Display(Name = "MemberName")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "BirthDate")]
    public DateOnly? BirthDate { get; set; }

    /// <summary>The member's own record, when they have one.</summary>
    [Display(Name = "MemberRecord")]
    public int? MemberId { get; set; }

    public bool IsEmpty => Relationship is null && string.IsNullOrWhiteSpace(Name) && BirthDate is null && MemberId is null;
}

[TextResource(typeof(BeneficiariesResource))]
public sealed class ConsentFields
{
    [Display(Name = "Purpose")]
    public ConsentPurpose? Purpose { get; set; }

    /// <summary>True = given, false = refused; null (form only) = not asked.</summary>
    [Display(Name = "ConsentAnswer")]
    public bool? Given { get; set; }

    [Display(Name = "ConsentDate")]
    public DateOnly? Date { get; set; }

    [Display(Name = "ConsentExpires")]
    public DateOnly? Expires { get; set; }
}
