using System.ComponentModel.DataAnnotations;

namespace OneStop.Web.Features.Admin;

[TextResource(typeof(AdminResource))]
public sealed class MunicipalityFields
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Region")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Region { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    public int? Version { get; set; }
}

[TextResource(typeof(AdminResource))]
public sealed class StructureTypeFields
{
    /// <summary>The stable JSON code; fixed once the type exists.</summary>
    [Display(Name = "Code")]
    [StringLength(60, ErrorMessage = "TooLong")]
    [RegularExpression("^[a-z][a-z0-9_]*$", ErrorMessage = "InvalidCode")]
    public string? Code { get; set; }

    [Display(Name = "NameEl")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? NameEl { get; set; }

    [Display(Name = "NameEn")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? NameEn { get; set; }

    [Display(Name = "SortOrder")]
    [Range(0, 10000, ErrorMessage = "OutOfRange")]
    public int SortOrder { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    public int? Version { get; set; }
}

[TextResource(typeof(AdminResource))]
public sealed class ProgrammeFields
{
    [Display(Name = "Code")]
    [Required(ErrorMessage = "Required")]
    [StringLength(60, ErrorMessage = "TooLong")]
    [RegularExpression("^[a-z][a-z0-9_]*$", ErrorMessage = "InvalidCode")]
    public string? Code { get; set; }

    [Display(Name = "NameEl")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? NameEl { get; set; }

    [Display(Name = "NameEn")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? NameEn { get; set; }

    [Display(Name = "Description")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Description { get; set; }

    [Display(Name = "Authority")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Authority { get; set; }

    [Display(Name = "SummaryEl")]
    [StringLength(4000, ErrorMessage = "TooLong")]
    public string? SummaryEl { get; set; }

    [Display(Name = "SummaryEn")]
    [StringLength(4000, ErrorMessage = "TooLong")]
    public string? SummaryEn { get; set; }

    [Display(Name = "EligibilityEl")]
    [StringLength(4000, ErrorMessage = "TooLong")]
    public string? EligibilityEl { get; set; }

    [Display(Name = "EligibilityEn")]
    [StringLength(4000, ErrorMessage = "TooLong")]
    public string? EligibilityEn { get; set; }

    [Display(Name = "DocumentsEl")]
    [StringLength(4000, ErrorMessage = "TooLong")]
    public string? DocumentsEl { get; set; }

    [Display(Name = "DocumentsEn")]
    [StringLength(4000, ErrorMessage = "TooLong")]
    public string? DocumentsEn { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    public int? Version { get; set; }
}
