using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.FrontDesk;

/// <summary>The fields of a visit, shared by the Today form and the API.</summary>
[TextResource(typeof(FrontDeskResource))]
public class VisitFields
{
    [Display(Name = "Structure")]
    [Required(ErrorMessage = "Required")]
    public int? StructureId { get; set; }

    [Display(Name = "Person")]
    public int? BeneficiaryId { get; set; }

    /// <summary>An information-only contact without a name.</summary>
    [Display(Name = "Anonymous")]
    public bool Anonymous { get; set; }

    [Display(Name = "Gender")]
    public Gender? Gender { get; set; }

    [Display(Name = "AgeBand")]
    public AgeBand? AgeBand { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    [Display(Name = "Nationality")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "InvalidNationality")]
    public string? Nationality { get; set; }

    [Display(Name = "Channel")]
    public VisitChannel? Channel { get; set; }

    [Display(Name = "Reason")]
    [Required(ErrorMessage = "Required")]
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? Reason { get; set; }

    [Display(Name = "Axis")]
    [Required(ErrorMessage = "Required")]
    public Axis? Axis { get; set; }

    [Display(Name = "Services")]
    public List<int> ServiceIds { get; set; } = [];

    [Display(Name = "Outcome")]
    [Required(ErrorMessage = "Required")]
    public VisitOutcome? Outcome { get; set; }

    [Display(Name = "Notes")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Notes { get; set; }

    /// <summary>When the contact happened; now when omitted.</summary>
    [Display(Name = "OccurredAt")]
    public DateTimeOffset? OccurredAt { get; set; }

    /// <summary>The version the editor started from (corrections); a stale one is a conflict.</summary>
    public int? Version { get; set; }
}
