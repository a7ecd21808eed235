using OneStop.Data.Entities;
using OneStop.Web.Features.Public;

namespace OneStop.Tests.Public;

public sealed class EligibilityTests
{
    private static EligibilityRule Rule(QuestionField field, RuleOperator op, string value) => new() { Field = field, Operator = op, Value = value };

    private static readonly EligibilityRule[] HousingBenefit =
        [Rule(QuestionField.Housing, RuleOperator.Eq, "renting"), Rule(QuestionField.IncomeBand, RuleOperator.Le, "2")];

    private static readonly EligibilityRule[] YoungOrOld =
        [Rule(QuestionField.ApplicantAge, RuleOperator.In, "18, 19,20"), Rule(QuestionField.Employment, RuleOperator.In, "unemployed,student")];

    public static TheoryData<string, EligibilityRule[], Answers, bool> Cases => new()
    {
        { "renting, low income", HousingBenefit, new Answers(Housing: "renting", IncomeBand: 1), true },
        { "renting, band at the limit", HousingBenefit, new Answers(Housing: "renting", IncomeBand: 2), true },
        { "renting, band over the limit", HousingBenefit, new Answers(Housing: "renting", IncomeBand: 3), false },
        { "owner", HousingBenefit, new Answers(Housing: "owner", IncomeBand: 0), false },
        { "income unanswered", HousingBenefit, new Answers(Housing: "renting"), true },
        { "nothing answered", HousingBenefit, new Answers(), true },
        { "no rules", [], new Answers(Housing: "renting"), false },
        { "in list, both", YoungOrOld, new Answers(ApplicantAge: 19, Employment: "student"), true },
        { "in list, age out", YoungOrOld, new Answers(ApplicantAge: 21, Employment: "student"), false },
        { "in list, work out", YoungOrOld, new Answers(ApplicantAge: 20, Employment: "employed"), false },
        { "disability yes", [Rule(QuestionField.Disability, RuleOperator.Eq, "yes")], new Answers(Disability: true), true },
        { "disability no", [Rule(QuestionField.Disability, RuleOperator.Eq, "yes")], new Answers(Disability: false), false },
        { "children at least one", [Rule(QuestionField.ChildrenUnder6, RuleOperator.Ge, "1")], new Answers(ChildrenUnder6: 0), false },
        { "household over", [Rule(QuestionField.HouseholdSize, RuleOperator.Gt, "4")], new Answers(HouseholdSize: 5), true },
        { "order on a code is never true", [Rule(QuestionField.Housing, RuleOperator.Lt, "renting")], new Answers(Housing: "owner"), false },
        { "broken number never holds", [Rule(QuestionField.IncomeBand, RuleOperator.Le, "two")], new Answers(IncomeBand: 1), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MayFit_HandMadeCases_AllRulesMustHold(string name, EligibilityRule[] rules, Answers answers, bool expected) =>
        Assert.True(expected == Eligibility.MayFit(rules, answers), name);

    [Theory]
    [InlineData(QuestionField.IncomeBand, RuleOperator.Le, "1", true)]
    [InlineData(QuestionField.IncomeBand, RuleOperator.Le, "1,2", false)]
    [InlineData(QuestionField.ApplicantAge, RuleOperator.In, "18,19", true)]
    [InlineData(QuestionField.Housing, RuleOperator.In, "renting,homeless", true)]
    [InlineData(QuestionField.Housing, RuleOperator.Eq, "castle", false)]
    [InlineData(QuestionField.Housing, RuleOperator.Ge, "renting", false)]
    [InlineData(QuestionField.Disability, RuleOperator.Eq, "yes", true)]
    [InlineData(QuestionField.Disability, RuleOperator.Eq, "maybe", false)]
    [InlineData(QuestionField.ChildrenUnder6, RuleOperator.Ge, "", false)]
    public void IsValid_ValueForFieldAndOperator(QuestionField field, RuleOperator op, string value, bool valid) =>
        Assert.Equal(valid, Eligibility.IsValid(field, op, value));
}
