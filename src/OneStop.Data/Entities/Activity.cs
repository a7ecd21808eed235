namespace OneStop.Data.Entities;

/// <summary>A group activity of a structure (information session, workshop …) with its sessions.</summary>
public sealed class Activity : IVersioned
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public required string Title { get; set; }
    public ActivityType Type { get; set; }
    public Axis Axis { get; set; }
    public string? Place { get; set; }
    public string? Facilitators { get; set; }
    public int? Capacity { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
    public List<ActivitySession> Sessions { get; set; } = [];
}

/// <summary>One meeting of an activity (a single date, or one date of a recurring series).</summary>
public sealed class ActivitySession
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public DateOnly Day { get; set; }
    public TimeOnly? StartsAt { get; set; }
    public List<SessionAttendance> Attendance { get; set; } = [];
    public List<SessionHeadCount> HeadCounts { get; set; } = [];
}

/// <summary>A registered person at a session; <see cref="VisitId"/> is the contact it counts as.</summary>
public sealed class SessionAttendance
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public int BeneficiaryId { get; set; }
    public Beneficiary? Beneficiary { get; set; }
    public long VisitId { get; set; }
}

/// <summary>Anonymous people at a session, by gender and age band.</summary>
public sealed class SessionHeadCount
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public Gender Gender { get; set; }
    public AgeBand AgeBand { get; set; }
    public int Count { get; set; }
}
