using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

/// <summary>The questionnaire's answers a rule can test.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<QuestionField>))]
public enum QuestionField
{
    HouseholdSize = 1,
    ApplicantAge = 2,
    ChildrenUnder18 = 3,
    ChildrenUnder6 = 4,
    IncomeBand = 5,
    Housing = 6,
    Disability = 7,
    Employment = 8,
}

[JsonConverter(typeof(SnakeCaseEnumConverter<RuleOperator>))]
public enum RuleOperator
{
    Eq = 1,
    Ne = 2,
    Lt = 3,
    Le = 4,
    Gt = 5,
    Ge = 6,
    In = 7,
}
