using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Activities;

/// <summary>A group activity: one date, or a weekly series of <see cref="Repeat"/> sessions.</summary>
[TextResource(typeof(ActivitiesResource))]
public class ActivityFields
{
    [Display(Name = "Structure")]
    [Required(ErrorMessage = "Required")]
    public int? StructureId { get; set; }

    [Display(Name = "Title")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Title { get; set; }

    [Display(Name = "ActivityType")]
    [Required(ErrorMessage = "Required")]
    public ActivityType? Type { get; set; }

    [Display(Name = "Axis")]
    [Required(ErrorMessage = "Required")]
    public Axis? Axis { get; set; }

    [Display(Name = "Place")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Place { get; set; }

    [Display(Name = "Facilitators")]
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? Facilitators { get; set; }

    [Display(Name = "Capacity")]
    [Range(1, 10_000, ErrorMessage = "OutOfRange")]
    public int? Capacity { get; set; }

    [Display(Name = "FirstDay")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? FirstDay { get; set; }

    [Display(Name = "StartsAt")]
    public TimeOnly? StartsAt { get; set; }

    /// <summary>How many weekly sessions (1 = a single date).</summary>
    [Display(Name = "Repeat")]
    [Range(1, 104, ErrorMessage = "OutOfRange")]
    public int Repeat { get; set; } = 1;

    [Display(Name = "Notes")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Notes { get; set; }
}

/// <summary>A registered person at a session.</summary>
[TextResource(typeof(ActivitiesResource))]
public class AttendanceFields
{
    [Display(Name = "Session")]
    [Required(ErrorMessage = "Required")]
    public int? SessionId { get; set; }

    [Display(Name = "Person")]
    [Required(ErrorMessage = "Required")]
    public int? BeneficiaryId { get; set; }
}

/// <summary>Anonymous people at a session: added to the session's count for that gender and age band.</summary>
[TextResource(typeof(ActivitiesResource))]
public class HeadCountFields
{
    [Display(Name = "Session")]
    [Required(ErrorMessage = "Required")]
    public int? SessionId { get; set; }

    [Display(Name = "Gender")]
    [Required(ErrorMessage = "Required")]
    public Gender? Gender { get; set; }

    [Display(Name = "AgeBand")]
    [Required(ErrorMessage = "Required")]
    public AgeBand? AgeBand { get; set; }

    [Display(Name = "Count")]
    [Range(-1000, 1000, ErrorMessage = "OutOfRange")]
    public int Count { get; set; } = 1;
}
