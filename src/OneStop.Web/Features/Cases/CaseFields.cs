using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Cases;

/// <summary>Opens a case (form and API).</summary>
[TextResource(typeof(CasesResource))]
public class OpenCaseFields
{
    [Display(Name = "Structure")]
    [Required(ErrorMessage = "Required")]
    public int? StructureId { get; set; }

    [Display(Name = "Person")]
    [Required(ErrorMessage = "Required")]
    public int? BeneficiaryId { get; set; }

    /// <summary>The visit the case is opened from (Today page), when any.</summary>
    [Display(Name = "FromVisit")]
    public long? VisitId { get; set; }

    /// <summary>Assigned caseworkers; the user who opens the case when empty.</summary>
    [Display(Name = "Caseworkers")]
    public List<string> CaseworkerIds { get; set; } = [];
}

[TextResource(typeof(CasesResource))]
public class CaseStatusFields
{
    [Display(Name = "Status")]
    [Required(ErrorMessage = "Required")]
    public CaseStatus? Status { get; set; }

    /// <summary>Required to close a case or put it on hold.</summary>
    [Display(Name = "Reason")]
    [StringLength(1000, ErrorMessage = "TooLong")]
    public string? Reason { get; set; }

    public int? Version { get; set; }
}

[TextResource(typeof(CasesResource))]
public class CaseworkersFields
{
    [Display(Name = "Caseworkers")]
    public List<string> CaseworkerIds { get; set; } = [];
}

[TextResource(typeof(CasesResource))]
public class AssessmentFields
{
    [Display(Name = "AssessedOn")]
    public DateOnly? AssessedOn { get; set; }

    [Display(Name = "Needs")]
    public List<AssessmentItemFields> Items { get; set; } = [];
}

[TextResource(typeof(CasesResource))]
public class AssessmentItemFields
{
    [Display(Name = "Domain")]
    [Required(ErrorMessage = "Required")]
    public NeedDomain? Domain { get; set; }

    [Display(Name = "Severity")]
    public NeedSeverity? Severity { get; set; }

    [Display(Name = "Notes")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Notes { get; set; }
}

[TextResource(typeof(CasesResource))]
public class GoalFields
{
    [Display(Name = "GoalTitle")]
    [Required(ErrorMessage = "Required")]
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Domain")]
    public NeedDomain? Domain { get; set; }

    [Display(Name = "Status")]
    public GoalStatus? Status { get; set; }
}

[TextResource(typeof(CasesResource))]
public class PlanActionFields
{
    [Display(Name = "Goal")]
    [Required(ErrorMessage = "Required")]
    public long? GoalId { get; set; }

    [Display(Name = "ActionDescription")]
    [Required(ErrorMessage = "Required")]
    [StringLength(1000, ErrorMessage = "TooLong")]
    public string? Description { get; set; }

    /// <summary>A staff member of the structure …</summary>
    [Display(Name = "Responsible")]
    public string? ResponsibleUserId { get; set; }

    /// <summary>… or someone else by name (the person, a partner).</summary>
    [Display(Name = "ResponsibleName")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? ResponsibleName { get; set; }

    [Display(Name = "DueOn")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? DueOn { get; set; }
}

[TextResource(typeof(CasesResource))]
public class ActionStatusFields
{
    [Display(Name = "Status")]
    [Required(ErrorMessage = "Required")]
    public PlanActionStatus? Status { get; set; }
}

[TextResource(typeof(CasesResource))]
public class ServiceRecordFields
{
    [Display(Name = "Service")]
    [Required(ErrorMessage = "Required")]
    public int? ServiceId { get; set; }

    [Display(Name = "DeliveredOn")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? DeliveredOn { get; set; }

    [Display(Name = "DurationMinutes")]
    [Range(1, 1440, ErrorMessage = "OutOfRange")]
    public int? DurationMinutes { get; set; }

    [Display(Name = "Notes")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Notes { get; set; }
}

[TextResource(typeof(CasesResource))]
public class NoteFields
{
    [Display(Name = "NoteText")]
    [Required(ErrorMessage = "Required")]
    [StringLength(20000, ErrorMessage = "TooLong")]
    public string? Text { get; set; }
}

[TextResource(typeof(CasesResource))]
public class ApplicationFields
{
    [Display(Name = "Programme")]
    [Required(ErrorMessage = "Required")]
    public int? ProgrammeId { get; set; }

    [Display(Name = "FiledOn")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? FiledOn { get; set; }

    [Display(Name = "ExternalReference")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? ExternalReference { get; set; }
}

[TextResource(typeof(CasesResource))]
public class ApplicationStatusFields
{
    [Display(Name = "Status")]
    [Required(ErrorMessage = "Required")]
    public ApplicationStatus? Status { get; set; }

    [Display(Name = "StatusDate")]
    public DateOnly? On { get; set; }

    [Display(Name = "Notes")]
    [StringLength(1000, ErrorMessage = "TooLong")]
    public string? Note { get; set; }
}

[TextResource(typeof(CasesResource))]
public class AppointmentFields
{
    [Display(Name = "Structure")]
    [Required(ErrorMessage = "Required")]
    public int? StructureId { get; set; }

    [Display(Name = "StaffMember")]
    [Required(ErrorMessage = "Required")]
    public string? StaffUserId { get; set; }

    [Display(Name = "Person")]
    public int? BeneficiaryId { get; set; }

    [Display(Name = "Case")]
    public int? CaseId { get; set; }

    /// <summary>Europe/Athens date and time.</summary>
    [Display(Name = "Date")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Time")]
    [Required(ErrorMessage = "Required")]
    public TimeOnly? Time { get; set; }

    [Display(Name = "DurationMinutes")]
    [Range(5, 480, ErrorMessage = "OutOfRange")]
    public int? DurationMinutes { get; set; }

    [Display(Name = "Subject")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Subject { get; set; }

    [Display(Name = "Location")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Location { get; set; }
}
