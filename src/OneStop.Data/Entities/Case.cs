namespace OneStop.Data.Entities;

/// <summary>
/// The case file (Παρακολούθηση) of one person in one structure. There is one per person and
/// structure: a closed case is reopened rather than duplicated, so the whole history stays together.
/// </summary>
public sealed class Case : IVersioned
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public Structure? Structure { get; set; }
    public int BeneficiaryId { get; set; }
    public Beneficiary? Beneficiary { get; set; }
    public DateOnly OpenedOn { get; set; }
    public string? OpenedByUserId { get; set; }
    public string? OpenedByName { get; set; }

    /// <summary>The visit the case was opened from, when it was.</summary>
    public long? FromVisitId { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Open;

    /// <summary>The reason of the latest close or hold.</summary>
    public string? StatusReason { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int Version { get; set; }
    public List<CaseWorker> Workers { get; set; } = [];
    public List<CaseStatusChange> StatusChanges { get; set; } = [];
}

/// <summary>A caseworker assigned to a case.</summary>
public sealed class CaseWorker
{
    public int CaseId { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
}

/// <summary>One step of a case's status history (opened, put on hold, closed, reopened …).</summary>
public sealed class CaseStatusChange
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public CaseStatus Status { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
    public string? ByName { get; set; }
}
