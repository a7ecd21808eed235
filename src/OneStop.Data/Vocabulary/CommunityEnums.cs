using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

/// <summary>How often a household may receive from an eligibility list: N times per calendar period.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<FrequencyPeriod>))]
public enum FrequencyPeriod
{
    Week = 1,
    Month = 2,
    Quarter = 3,
    Year = 4,
}

/// <summary>How a household acknowledged a distribution.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SignatureKind>))]
public enum SignatureKind
{
    None = 0,
    Drawn = 1,
    Paper = 2,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<ActivityType>))]
public enum ActivityType
{
    InformationSession = 1,
    Workshop = 2,
    AwarenessEvent = 3,
    SupportGroup = 4,
    ChildrenActivity = 5,
    LanguageCourse = 6,
    Other = 7,
}
