using System.Globalization;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Public;

/// <summary>The anonymous questionnaire's answers; a question left unanswered excludes nothing.</summary>
public sealed record Answers(
    int? HouseholdSize = null,
    int? ApplicantAge = null,
    int? ChildrenUnder18 = null,
    int? ChildrenUnder6 = null,
    int? IncomeBand = null,
    string? Housing = null,
    bool? Disability = null,
    string? Employment = null);

/// <summary>Evaluates the administrators' published rules against answers: every rule of a programme must hold.</summary>
public static class Eligibility
{
    public static readonly string[] HousingCodes = ["owner", "renting", "hosted", "homeless"];
    public static readonly string[] EmploymentCodes = ["employed", "unemployed", "retired", "student", "other"];

    /// <summary>Yearly household income bands: 0 none, 1 up to 5,000 €, 2 up to 10,000 €, 3 up to 20,000 €, 4 more.</summary>
    public const int IncomeBands = 5;

    /// <summary>A programme without rules publishes none, so it is never suggested.</summary>
    public static bool MayFit(IReadOnlyCollection<EligibilityRule> rules, Answers answers) =>
        rules.Count > 0 && rules.All(r => Holds(r, answers));

    public static bool Holds(EligibilityRule rule, Answers a)
    {
        var value = rule.Value.Trim();
        return rule.Field switch
        {
            QuestionField.HouseholdSize => Number(a.HouseholdSize, rule.Operator, value),
            QuestionField.ApplicantAge => Number(a.ApplicantAge, rule.Operator, value),
            QuestionField.ChildrenUnder18 => Number(a.ChildrenUnder18, rule.Operator, value),
            QuestionField.ChildrenUnder6 => Number(a.ChildrenUnder6, rule.Operator, value),
            QuestionField.IncomeBand => Number(a.IncomeBand, rule.Operator, value),
            QuestionField.Housing => Code(a.Housing, rule.Operator, value),
            QuestionField.Disability => Code(a.Disability is { } d ? (d ? "yes" : "no") : null, rule.Operator, value),
            QuestionField.Employment => Code(a.Employment, rule.Operator, value),
            _ => false,
        };
    }

    /// <summary>Whether a rule's value makes sense for its field and operator (checked when administrators save it).</summary>
    public static bool IsValid(QuestionField field, RuleOperator op, string? value)
    {
        var parts = Split(value ?? "");
        if (parts.Length == 0 || (op != RuleOperator.In && parts.Length > 1))
        {
            return false;
        }

        return field switch
        {
            QuestionField.Housing => op is RuleOperator.Eq or RuleOperator.Ne or RuleOperator.In && parts.All(HousingCodes.Contains),
            QuestionField.Employment => op is RuleOperator.Eq or RuleOperator.Ne or RuleOperator.In && parts.All(EmploymentCodes.Contains),
            QuestionField.Disability => op is RuleOperator.Eq or RuleOperator.Ne && parts[0] is "yes" or "no",
            _ => parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)),
        };
    }

    private static bool Number(int? answer, RuleOperator op, string value)
    {
        if (answer is not { } x)
        {
            return true;
        }

        var values = Split(value).Select(v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToList();
        if (values.Count == 0 || values.Any(v => v is null))
        {
            return false;
        }

        var y = values[0]!.Value;
        return op switch
        {
            RuleOperator.Eq => x == y,
            RuleOperator.Ne => x != y,
            RuleOperator.Lt => x < y,
            RuleOperator.Le => x <= y,
            RuleOperator.Gt => x > y,
            RuleOperator.Ge => x >= y,
            RuleOperator.In => values.Contains(x),
            _ => false,
        };
    }

    private static bool Code(string? answer, RuleOperator op, string value)
    {
        if (string.IsNullOrEmpty(answer))
        {
            return true;
        }

        var values = Split(value);
        return op switch
        {
            RuleOperator.Eq => values.Length == 1 && values[0] == answer,
            RuleOperator.Ne => values.Length == 1 && values[0] != answer,
            RuleOperator.In => values.Contains(answer),
            _ => false,
        };
    }

    private static string[] Split(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
