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

