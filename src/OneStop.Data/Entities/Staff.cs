using System.Text.Json.Serialization;

namespace OneStop.Data.Entities;

/// <summary>A member of a structure's staff and their contract (one contract per record).</summary>
public sealed class StaffMember : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public StaffSpecialty Specialty { get; set; }
    public ContractType ContractType { get; set; }
    public DateOnly ContractStart { get; set; }

    /// <summary>null for an open-ended contract.</summary>
    public DateOnly? ContractEnd { get; set; }

    public decimal WeeklyHours { get; set; }

    /// <summary>The user account through which the staff member checks in and out themselves.</summary>
    public string? UserId { get; set; }

    public int Version { get; set; }
    public List<StaffStructure> Structures { get; set; } = [];
    public List<StaffLeave> Leave { get; set; } = [];
}

/// <summary>A structure a staff member works in.</summary>
public sealed class StaffStructure
{
    public int StaffMemberId { get; set; }
    public int StructureId { get; set; }
}

public sealed class StaffLeave
{
    public int Id { get; set; }
    public int StaffMemberId { get; set; }
    public LeaveKind Kind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}

/// <summary>One staff member's day in one structure: check-in and check-out (UTC).</summary>
public sealed class StaffAttendance : IVersioned
{
    public long Id { get; set; }
    public int StaffMemberId { get; set; }
    public int StructureId { get; set; }

    /// <summary>The day in Europe/Athens.</summary>
    public DateOnly Day { get; set; }

    public DateTime? InAt { get; set; }
    public DateTime? OutAt { get; set; }
    public string? RecordedByUserId { get; set; }
    public int Version { get; set; }
}

