namespace OneStop.Data.Entities;

/// <summary>An appointment of a staff member, usually with a person (and then often within a case).</summary>
public sealed class Appointment
{
    public long Id { get; set; }
    public int StructureId { get; set; }
    public required string StaffUserId { get; set; }
    public AppUser? Staff { get; set; }
    public int? BeneficiaryId { get; set; }
    public Beneficiary? Beneficiary { get; set; }
    public int? CaseId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public required string Subject { get; set; }
    public string? Location { get; set; }
    public bool IsCancelled { get; set; }
    public string? BookedByName { get; set; }
    public DateTime BookedAt { get; set; }
}

/// <summary>A staff member's iCalendar subscription: only the SHA-256 of the secret token is kept.</summary>
public sealed class CalendarFeed
{
    public required string UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
}
