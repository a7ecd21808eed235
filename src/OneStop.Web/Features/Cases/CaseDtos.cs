using OneStop.Data.Entities;

namespace OneStop.Web.Features.Cases;

public sealed record CaseSummaryDto(int Id, int StructureId, string StructureName, int BeneficiaryId, string PersonName, CaseStatus Status, DateOnly OpenedOn, DateOnly? ClosedOn, IReadOnlyList<string> Caseworkers);

public sealed record CaseworkerDto(string UserId, string Name);

public sealed record StatusChangeDto(CaseStatus Status, string? Reason, DateTime At, string? ByName);

public sealed record AssessmentItemDto(NeedDomain Domain, NeedSeverity Severity, string? Notes);

public sealed record AssessmentDto(long Id, DateOnly AssessedOn, string? ByName, IReadOnlyList<AssessmentItemDto> Items);

public sealed record PlanActionDto(long Id, long GoalId, string Description, string? ResponsibleUserId, string ResponsibleName, DateOnly DueOn, PlanActionStatus Status, bool Overdue);

public sealed record GoalDto(long Id, string Title, NeedDomain? Domain, GoalStatus Status, IReadOnlyList<PlanActionDto> Actions);

public sealed record ServiceRecordDto(long Id, int ServiceId, string ServiceName, DateOnly DeliveredOn, int? DurationMinutes, string? ByName, string? Notes);

public sealed record DocumentDto(long Id, CaseDocumentType Type, string FileName, string ContentType, long Length, DateTime UploadedAt, string? ByName);

public sealed record ApplicationStatusDto(ApplicationStatus Status, DateOnly On, string? Note, string? ByName);

public sealed record ApplicationDto(long Id, int ProgrammeId, string ProgrammeName, DateOnly FiledOn, string? ExternalReference, ApplicationStatus Status, IReadOnlyList<ApplicationStatusDto> History);

public sealed record AppointmentDto(long Id, int StructureId, string StaffUserId, string StaffName, int? BeneficiaryId, string? PersonName, int? CaseId, DateTime StartsAt, int DurationMinutes, string Subject, string? Location, bool IsCancelled)
{
    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);

    /// <summary>dd/MM/yyyy HH:mm in Europe/Athens.</summary>
    public string LocalStart => FrontDesk.AthensClock.ToLocal(StartsAt).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record OverdueActionDto(long Id, int CaseId, string PersonName, string Description, string ResponsibleName, DateOnly DueOn, PlanActionStatus Status);

public sealed record PendingApplicationDto(long Id, int CaseId, string PersonName, string ProgrammeName, DateOnly FiledOn, ApplicationStatus Status);

public sealed record WorkerLoadDto(string? UserId, string Name, int Open, int Active, int OnHold);

public sealed record MyWorkDto(IReadOnlyList<CaseSummaryDto> Cases, IReadOnlyList<OverdueActionDto> OverdueActions, IReadOnlyList<AppointmentDto> Appointments);

public sealed record CoordinatorDashboardDto(int StructureId, string StructureName, IReadOnlyList<WorkerLoadDto> Workers, IReadOnlyList<OverdueActionDto> OverdueActions,
    IReadOnlyList<OverdueActionDto> DueSoon, IReadOnlyList<PendingApplicationDto> PendingApplications, IReadOnlyList<CaseSummaryDto> OnHold, int EsfFollowUpsDue);

/// <summary>One line of a case's timeline: what happened when (kind: status, assessment, goal, service, note, document, application, appointment).</summary>
public sealed record TimelineEntryDto(DateOnly Day, DateTime? At, string Kind, string Text);

public sealed record CaseDto(
    int Id,
    int StructureId,
    string StructureName,
    int BeneficiaryId,
    string PersonName,
    CaseStatus Status,
    string? StatusReason,
    DateOnly OpenedOn,
    string? OpenedByName,
    long? FromVisitId,
    DateOnly? ClosedOn,
    int Version,
    IReadOnlyList<CaseworkerDto> Caseworkers,
    IReadOnlyList<StatusChangeDto> StatusHistory,
    IReadOnlyList<AssessmentDto> Assessments,
    IReadOnlyList<GoalDto> Goals,
    IReadOnlyList<ServiceRecordDto> Services,
    IReadOnlyList<DocumentDto> Documents,
    IReadOnlyList<ApplicationDto> Applications,
    IReadOnlyList<AppointmentDto> Appointments,
    int NoteCount,
    bool CanWork,
    IReadOnlyList<TimelineEntryDto> Timeline);
