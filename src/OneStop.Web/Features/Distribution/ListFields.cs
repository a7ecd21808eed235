using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Distribution;

[TextResource(typeof(DistributionResource))]
public class ListFields
{
    [Display(Name = "Structure")]
    [Required(ErrorMessage = "Required")]
    public int? StructureId { get; set; }

    [Display(Name = "Programme")]
    public int? ProgrammeId { get; set; }

    [Display(Name = "ListName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "MaxPerPeriod")]
    [Range(1, 100, ErrorMessage = "OutOfRange")]
    public int MaxPerPeriod { get; set; } = 1;

    [Display(Name = "Period")]
    public FrequencyPeriod Period { get; set; } = FrequencyPeriod.Month;

    [Display(Name = "Enforced")]
    public bool Enforced { get; set; }
}

[TextResource(typeof(DistributionResource))]
public class EligibleHouseholdFields
{
    [Display(Name = "Household")]
    [Required(ErrorMessage = "Required")]
    public int? BeneficiaryId { get; set; }

    [Display(Name = "HouseholdSize")]
    [Range(1, 30, ErrorMessage = "OutOfRange")]
    public int HouseholdSize { get; set; } = 1;

    [Display(Name = "StartDate")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "EndDate")]
    public DateOnly? EndDate { get; set; }
}

[TextResource(typeof(DistributionResource))]
public class RoundFields
{
    [Display(Name = "Day")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? Day { get; set; }

    [Display(Name = "Place")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Place { get; set; }

    [Display(Name = "AnonymousMeals")]
    [Range(0, 100_000, ErrorMessage = "OutOfRange")]
    public int AnonymousMeals { get; set; }

    [Display(Name = "Notes")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Notes { get; set; }
}
