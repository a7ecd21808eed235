using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

/// <summary>The three axes of a Community Centre's services (Α, Β, Γ).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Axis>))]
public enum Axis
{
    A = 1,
    B = 2,
    C = 3,
}

/// <summary>Roles are always granted per structure; see docs/DESIGN.md §5.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AppRole>))]
public enum AppRole
{
    Administrator = 1,
    Supervisor = 2,
    Coordinator = 3,
    Caseworker = 4,
    FrontDesk = 5,
    Partner = 6,
    Auditor = 7,
    DataProtectionOfficer = 8,
}

[Flags]
public enum AccessibilityFeatures
{
    None = 0,
    StepFreeEntrance = 1,
    Lift = 2,
    AccessibleToilet = 4,
    AccessibleParking = 8,
    SignLanguage = 16,
    Braille = 32,
    EasyRead = 64,
    HearingLoop = 128,
    GuideDogsWelcome = 256,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<AuditAction>))]
public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
    View = 4,

    /// <summary>A person linked to a structure without an identifier that matches them, with a reason (break-the-glass).</summary>
    BreakGlass = 5,
}
