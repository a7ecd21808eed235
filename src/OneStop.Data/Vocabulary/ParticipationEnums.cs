using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

[JsonConverter(typeof(SnakeCaseEnumConverter<LabourStatus>))]
public enum LabourStatus
{
    Employed = 1,
    Unemployed = 2,
    InactiveInEducation = 3,
    Inactive = 4,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<ExitSituation>))]
public enum ExitSituation
{
    Employed = 1,
    JobSearching = 2,
    EducationTraining = 3,
    Inactive = 4,
    Unknown = 5,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<SituationAfterSixMonths>))]
public enum SituationAfterSixMonths
{
    Employed = 1,
    Unemployed = 2,
    Inactive = 3,
    Unknown = 4,
}
