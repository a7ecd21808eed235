namespace OneStop.Data.Entities;

/// <summary>One contact on the daily visitor card (ημερήσια καρτέλα καταγραφής εισερχομένων).</summary>
public sealed class Visit : IVersioned
{
    public long Id { get; set; }
    public int StructureId { get; set; }
    public int? BeneficiaryId { get; set; }
    public Beneficiary? Beneficiary { get; set; }

    /// <summary>Anonymous contacts (information only) may give these instead of a name.</summary>
    public Gender? AnonymousGender { get; set; }
    public AgeBand? AnonymousAgeBand { get; set; }
    public string? AnonymousNationality { get; set; }

    public VisitChannel Channel { get; set; }
    public required string Reason { get; set; }
    public Axis Axis { get; set; }
    public VisitOutcome Outcome { get; set; }
    public string? Notes { get; set; }

    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>The day in Europe/Athens, the key of the daily card.</summary>
    public DateOnly Day { get; set; }

    public string? StaffUserId { get; set; }
    public string? StaffName { get; set; }
    public int Version { get; set; }
    public List<VisitService> Services { get; set; } = [];
}

public sealed class VisitService
{
    /// <summary>Shadow columns kept by the database: the visit's day and structure (ADR 080).</summary>
    public const string DayColumn = "Day", StructureColumn = "StructureId";

    public long VisitId { get; set; }
    public int ServiceId { get; set; }
    public Service? Service { get; set; }
}
