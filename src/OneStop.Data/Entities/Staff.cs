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

[JsonConverter(typeof(SnakeCaseEnumConverter<StaffSpecialty>))]
public enum StaffSpecialty
{
    SocialWorker = 1,
    Psychologist = 2,
    Sociologist = 3,
    SpecialNeedsTeacher = 4,
    Nurse = 5,
    HealthVisitor = 6,
    Economist = 7,
    RomaMediator = 8,
    InterculturalMediator = 9,
    Administrative = 10,
    Other = 11,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<ContractType>))]
public enum ContractType
{
    /// <summary>Σύμβαση ιδιωτικού δικαίου ορισμένου χρόνου (the usual programme contract).</summary>
    FixedTerm = 1,

    /// <summary>Αορίστου χρόνου (permanent municipal staff).</summary>
    OpenEnded = 2,

    /// <summary>Σύμβαση έργου.</summary>
    Services = 3,

    Other = 4,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<LeaveKind>))]
public enum LeaveKind
{
    Annual = 1,
    Sick = 2,
    Special = 3,
    Unpaid = 4,
}
