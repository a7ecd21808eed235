using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

/// <summary>Where a case stands; a closed case can be reopened.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<CaseStatus>))]
public enum CaseStatus
{
    Open = 1,
    Active = 2,
    OnHold = 3,
    Closed = 4,
}

/// <summary>The domains of a needs assessment.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<NeedDomain>))]
public enum NeedDomain
{
    Income = 1,
    Housing = 2,
    Health = 3,
    Employment = 4,
    Education = 5,
    Family = 6,
    Legal = 7,
    Documents = 8,
    Other = 9,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<NeedSeverity>))]
public enum NeedSeverity
{
    None = 1,
    Low = 2,
    Moderate = 3,
    High = 4,
    Critical = 5,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<GoalStatus>))]
public enum GoalStatus
{
    Open = 1,
    Achieved = 2,
    Dropped = 3,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<PlanActionStatus>))]
public enum PlanActionStatus
{
    Pending = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<CaseDocumentType>))]
public enum CaseDocumentType
{
    IdDocument = 1,
    Certificate = 2,
    Medical = 3,
    Income = 4,
    Application = 5,
    Decision = 6,
    Other = 7,
}

/// <summary>The status history of an application filed on a person's behalf.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    Filed = 1,
    PendingDocuments = 2,
    Approved = 3,
    Rejected = 4,
    Suspended = 5,
}
