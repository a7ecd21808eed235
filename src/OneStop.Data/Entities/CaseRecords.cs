namespace OneStop.Data.Entities;

/// <summary>A needs assessment at one date: a severity and notes per domain. Repeated over time.</summary>
public sealed class NeedsAssessment
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public DateTime RecordedAt { get; set; }
    public string? ByName { get; set; }
    public List<NeedsAssessmentItem> Items { get; set; } = [];
}

public sealed class NeedsAssessmentItem
{
    public long Id { get; set; }
    public long AssessmentId { get; set; }
    public NeedDomain Domain { get; set; }
    public NeedSeverity Severity { get; set; }
    public string? Notes { get; set; }
}

/// <summary>A goal of the individual plan.</summary>
public sealed class PlanGoal : IVersioned
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public required string Title { get; set; }
    public NeedDomain? Domain { get; set; }
    public GoalStatus Status { get; set; } = GoalStatus.Open;
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
    public List<PlanAction> Actions { get; set; } = [];
}

/// <summary>An action towards a goal: who does it and by when. Overdue ones reach the dashboards.</summary>
public sealed class PlanAction : IVersioned
{
    public long Id { get; set; }
    public long GoalId { get; set; }

    /// <summary>Repeated from the goal so that dashboards find a structure's actions with one index.</summary>
    public int CaseId { get; set; }
    public required string Description { get; set; }

    /// <summary>A staff member, or (for the person or a partner) only a name.</summary>
    public string? ResponsibleUserId { get; set; }
    public required string ResponsibleName { get; set; }
    public DateOnly DueOn { get; set; }
    public PlanActionStatus Status { get; set; } = PlanActionStatus.Pending;
    public int Version { get; set; }
}

/// <summary>A service of the structure's catalogue delivered to the person.</summary>
public sealed class CaseServiceRecord
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public int ServiceId { get; set; }
    public Service? Service { get; set; }
    public DateOnly DeliveredOn { get; set; }
    public int? DurationMinutes { get; set; }
    public string? ByUserId { get; set; }
    public string? ByName { get; set; }
    public string? Notes { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>A confidential professional note; the text is stored encrypted (see ADR 010).</summary>
public sealed class CaseNote
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public required string Ciphertext { get; set; }
    public DateTime WrittenAt { get; set; }
    public string? ByUserId { get; set; }
    public string? ByName { get; set; }
}

/// <summary>An uploaded document; the bytes live in the file store under <see cref="StorageKey"/>.</summary>
public sealed class CaseDocument
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public CaseDocumentType Type { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string StorageKey { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? ByName { get; set; }
}

/// <summary>An application filed on the person's behalf (ΚΕΑ, housing benefit …) and its status.</summary>
public sealed class CaseApplication : IVersioned
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public int ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public DateOnly FiledOn { get; set; }
    public string? ExternalReference { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.Filed;
    public int Version { get; set; }
    public List<CaseApplicationStatusChange> History { get; set; } = [];
}

public sealed class CaseApplicationStatusChange
{
    public long Id { get; set; }
    public long ApplicationId { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
    public string? ByName { get; set; }
}
