using System.Text.Json.Serialization;

namespace OneStop.Data.Entities;

/// <summary>
/// One condition of a programme's published rules, kept as data by administrators:
/// "<see cref="Field"/> <see cref="Operator"/> <see cref="Value"/>", e.g. income_band le 1.
/// </summary>
public sealed class EligibilityRule
{
    public int Id { get; set; }
    public int ProgrammeId { get; set; }
    public QuestionField Field { get; set; }
    public RuleOperator Operator { get; set; }

    /// <summary>A number, yes/no, or a code; for <see cref="RuleOperator.In"/> codes separated by commas.</summary>
    public required string Value { get; set; }
}

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
