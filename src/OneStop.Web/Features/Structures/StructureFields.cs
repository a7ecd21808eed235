using System.ComponentModel.DataAnnotations;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Features.Structures;

/// <summary>The editable fields of a structure, shared by the form and the API.</summary>
[TextResource(typeof(StructuresResource))]
public sealed class StructureFields
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    /// <summary>Structure type code, e.g. community_centre.</summary>
    [Display(Name = "Type")]
    [Required(ErrorMessage = "Required")]
    public string? Type { get; set; }

    [Display(Name = "Parent")]
    public int? ParentId { get; set; }

    [Display(Name = "Municipality")]
    public int? MunicipalityId { get; set; }

    /// <summary>API convenience: the municipality by id or by name, when municipalityId is not given.</summary>
    [Display(Name = "Municipality")]
    [StringLength(200, ErrorMessage = "TooLong")]
    [System.Text.Json.Serialization.JsonConverter(typeof(NumberOrStringConverter))]
    public string? Municipality { get; set; }

    [Display(Name = "Address")]
    [StringLength(300, ErrorMessage = "TooLong")]
    public string? Address { get; set; }

    [Display(Name = "PostalCode")]
    [RegularExpression(@"^\d{3} ?\d{2}$", ErrorMessage = "InvalidPostalCode")]
    public string? PostalCode { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "TooLong")]
    [RegularExpression(@"^\+?[0-9 ()\-]{5,40}$", ErrorMessage = "InvalidPhone")]
    public string? Phone { get; set; }

    [Display(Name = "Email")]
    [StringLength(200, ErrorMessage = "TooLong")]
    [EmailAddress(ErrorMessage = "InvalidEmail")]
    public string? Email { get; set; }

    [Display(Name = "IsProtected")]
    public bool IsProtected { get; set; }

    /// <summary>Accessibility feature codes, e.g. step_free_entrance.</summary>
    [Display(Name = "Accessibility")]
    public List<string> Accessibility { get; set; } = [];

    /// <summary>The version the editor started from; a stale version is refused as a conflict.</summary>
    public int? Version { get; set; }

    [Display(Name = "AccessibilityNotes")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? AccessibilityNotes { get; set; }
}
