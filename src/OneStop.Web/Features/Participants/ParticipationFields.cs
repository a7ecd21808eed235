using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Participants;

/// <summary>The entry data of a participation (docs/INDICATORS.md), for the entry form and the API.</summary>
[TextResource(typeof(ParticipantsResource))]
public sealed class EntryFields
{
    [Display(Name = "Structure")]
    [Required(ErrorMessage = "Required")]
    public int? StructureId { get; set; }

    [Display(Name = "Person")]
    [Required(ErrorMessage = "Required")]
    public int? BeneficiaryId { get; set; }

    [Display(Name = "EntryDate")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? EntryDate { get; set; }

    [Display(Name = "Gender")]
    public Gender? Gender { get; set; }

    [Display(Name = "BirthDate")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "LabourStatus")]
    public LabourStatus? LabourStatus { get; set; }

    [Display(Name = "UnemployedMonths")]
    [Range(0, 600, ErrorMessage = "OutOfRange")]
    public int? UnemployedMonths { get; set; }

    [Display(Name = "Isced")]
    [Range(0, 8, ErrorMessage = "OutOfRange")]
    public int? Isced { get; set; }

    [Display(Name = "Disability")]
    public YesNoRefused? Disability { get; set; }

    [Display(Name = "ThirdCountryNational")]
    public bool? ThirdCountryNational { get; set; }

    [Display(Name = "ForeignBackground")]
    public YesNoRefused? ForeignBackground { get; set; }

    [Display(Name = "Minority")]
    public YesNoRefused? Minority { get; set; }

    [Display(Name = "Homeless")]
    public YesNoRefused? Homeless { get; set; }

    [Display(Name = "OtherDisadvantaged")]
    public YesNoRefused? OtherDisadvantaged { get; set; }

    [Display(Name = "Rural")]
    public bool? Rural { get; set; }

    /// <summary>The version read, to refuse a stale edit (PUT only).</summary>
    public int? Version { get; set; }
}

/// <summary>The exit data, and the six-month follow-up once due.</summary>
[TextResource(typeof(ParticipantsResource))]
public sealed class ExitFields
{
    [Display(Name = "ExitDate")]
    public DateOnly? ExitDate { get; set; }

    [Display(Name = "ExitSituation")]
    public ExitSituation? ExitSituation { get; set; }

    [Display(Name = "QualificationGained")]
    public bool? QualificationGained { get; set; }

    [Display(Name = "Situation6m")]
    public SituationAfterSixMonths? Situation6m { get; set; }

    [Display(Name = "Improved6m")]
    public bool? Improved6m { get; set; }

    public int? Version { get; set; }
}
