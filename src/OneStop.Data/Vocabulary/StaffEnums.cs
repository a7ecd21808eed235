using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

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
