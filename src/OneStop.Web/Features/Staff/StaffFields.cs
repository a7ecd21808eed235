using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Staff;

/// <summary>A staff member and their contract, shared by the staff form and POST /api/v1/staff.</summary>
[TextResource(typeof(StaffResource))]
public class StaffFields
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Specialty")]
    [Required(ErrorMessage = "Required")]
    public StaffSpecialty? Specialty { get; set; }

    [Display(Name = "Structures")]
    [MinLength(1, ErrorMessage = "ChooseStructure")]
    public List<int> StructureIds { get; set; } = [];

    [Display(Name = "ContractType")]
    [Required(ErrorMessage = "Required")]
    public ContractType? ContractType { get; set; }

    [Display(Name = "ContractStart")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? ContractStart { get; set; }

    [Display(Name = "ContractEnd")]
    public DateOnly? ContractEnd { get; set; }

    [Display(Name = "WeeklyHours")]
    [Required(ErrorMessage = "Required")]
    [Range(typeof(decimal), "1", "80", ErrorMessage = "WeeklyHoursRange")]
    public decimal? WeeklyHours { get; set; }

    /// <summary>The e-mail of the staff member's user account, to check in and out themselves.</summary>
    [Display(Name = "UserEmail")]
    [StringLength(256, ErrorMessage = "TooLong")]
    public string? UserEmail { get; set; }

    public int? Version { get; set; }
}

/// <summary>POST /api/v1/staff/{id}/leave and the leave form.</summary>
[TextResource(typeof(StaffResource))]
public class LeaveFields
{
    [Display(Name = "LeaveKind")]
    [Required(ErrorMessage = "Required")]
    public LeaveKind? Kind { get; set; }

    [Display(Name = "From")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? To { get; set; }
}

/// <summary>POST /api/v1/staff/{id}/attendance: a day's check-in and check-out, as Athens wall-clock "HH:mm".</summary>
[TextResource(typeof(StaffResource))]
public class AttendanceFields
{
    [Display(Name = "Date")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? Date { get; set; }

    [Display(Name = "In")]
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "InvalidTime")]
    public string? In { get; set; }

    [Display(Name = "Out")]
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "InvalidTime")]
    public string? Out { get; set; }

    /// <summary>Needed only when the staff member works in more than one structure.</summary>
    [Display(Name = "Structure")]
    public int? StructureId { get; set; }
}
