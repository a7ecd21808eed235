using System.Linq.Expressions;

namespace OneStop.Web.Domain;

/// <summary>The ESF programming period a report follows (docs/INDICATORS.md).</summary>
public enum EsfFramework
{
    Esf2014 = 1,
    Esf2021 = 2,
}

/// <summary>
/// One participant as the indicators see them (docs/INDICATORS.md "Who is counted"): the entry data of
/// their earliest participation in the structure, and the exit data of the latest exit once every
/// participation there has ended (ExitDate is null while one is still open).
/// </summary>
public sealed class EsfRow
{
    public int BeneficiaryId { get; init; }
    public int StructureId { get; init; }

    /// <summary>The participation that gives the entry data (the earliest entry).</summary>
    public int FirstId { get; init; }

    /// <summary>The participation that gives the exit data (the latest exit, once none is open).</summary>
    public int? LastId { get; init; }

    public Gender? Gender { get; init; }
    public DateOnly? BirthDate { get; init; }
    public DateOnly EntryDate { get; init; }

    /// <summary>Full years on the entry date; null without a birth date.</summary>
    public int? Age { get; init; }

    public LabourStatus? LabourStatus { get; init; }
    public int? UnemployedMonths { get; init; }
    public int? Isced { get; init; }
    public YesNoRefused? Disability { get; init; }
    public YesNoRefused? ForeignBackground { get; init; }
    public YesNoRefused? Minority { get; init; }
    public YesNoRefused? Homeless { get; init; }
    public YesNoRefused? OtherDisadvantaged { get; init; }
    public bool? ThirdCountryNational { get; init; }
    public bool? Rural { get; init; }
    public DateOnly? ExitDate { get; init; }
    public ExitSituation? ExitSituation { get; init; }
    public bool? QualificationGained { get; init; }
    public SituationAfterSixMonths? Situation6m { get; init; }
    public bool? Improved6m { get; init; }
}

/// <summary>One indicator: output (counted on entry) or result (counted on exit), and who it counts.</summary>
public sealed record EsfIndicator(string Code, bool IsResult, bool CountsIncomplete, Expression<Func<EsfRow, bool>> Rule)
{
    /// <summary>The whole per-participant decision: the rule, and completeness unless the indicator counts everyone.</summary>
    public Expression<Func<EsfRow, bool>> Predicate => CountsIncomplete ? Rule : EsfRules.And(EsfRules.Complete, Rule);

    private Func<EsfRow, bool>? compiled;

    /// <summary>The same decision in memory (unit tests, drill-down checks).</summary>
    public bool Counts(EsfRow row) => (compiled ??= Predicate.Compile())(row);
}

/// <summary>
/// The per-participant counting rules of docs/INDICATORS.md as expressions, so that the database
/// evaluates exactly what the unit tests check (ADR 070).
/// </summary>
public static class EsfRules
{
    /// <summary>Age in full years on a day: a birthday not yet reached that year takes one off
    /// (someone born on 29 February turns a year older on 1 March in other years).</summary>
    public static readonly Expression<Func<DateOnly, DateOnly, int>> AgeOn =
        (birth, on) => on.Year - birth.Year - (on.Month * 100 + on.Day < birth.Month * 100 + birth.Day ? 1 : 0);

    private static readonly Func<DateOnly, DateOnly, int> AgeOnCompiled = AgeOn.Compile();

    public static int Age(DateOnly birth, DateOnly on) => AgeOnCompiled(birth, on);

    /// <summary>Gender, birth date, labour status and ISCED are all present.</summary>
    public static readonly Expression<Func<EsfRow, bool>> Complete =
        r => r.Gender != null && r.BirthDate != null && r.LabourStatus != null && r.Isced != null;

    public static readonly Expression<Func<EsfRow, bool>> LongTermUnemployed =
        r => r.LabourStatus == LabourStatus.Unemployed && r.UnemployedMonths != null
            && ((r.Age < 25 && r.UnemployedMonths > 6) || (r.Age >= 25 && r.UnemployedMonths > 12));

    public static readonly Expression<Func<EsfRow, bool>> Disadvantaged =
        r => r.Disability == YesNoRefused.Yes || r.ThirdCountryNational == true || r.ForeignBackground == YesNoRefused.Yes
            || r.Minority == YesNoRefused.Yes || r.Homeless == YesNoRefused.Yes || r.OtherDisadvantaged == YesNoRefused.Yes;

    public static IReadOnlyList<EsfIndicator> For(EsfFramework framework) => framework == EsfFramework.Esf2014 ? Esf2014 : Esf2021;

    public static readonly IReadOnlyList<EsfIndicator> Esf2014 =
    [
        Output("CO01", r => r.LabourStatus == LabourStatus.Unemployed),
        Output("CO02", LongTermUnemployed),
        Output("CO03", r => r.LabourStatus == LabourStatus.Inactive || r.LabourStatus == LabourStatus.InactiveInEducation),
        Output("CO04", r => r.LabourStatus == LabourStatus.Inactive),
        Output("CO05", r => r.LabourStatus == LabourStatus.Employed),
        Output("CO06", r => r.Age < 25),
        Output("CO07", r => r.Age > 54),
        Output("CO08", r => r.Age > 54 && (r.LabourStatus == LabourStatus.Unemployed || r.LabourStatus == LabourStatus.Inactive)),
        Output("CO09", r => r.Isced >= 1 && r.Isced <= 2),
        Output("CO10", r => r.Isced >= 3 && r.Isced <= 4),
        Output("CO11", r => r.Isced >= 5 && r.Isced <= 8),
        Output("CO15", r => r.ThirdCountryNational == true || r.ForeignBackground == YesNoRefused.Yes || r.Minority == YesNoRefused.Yes),
        Output("CO16", r => r.Disability == YesNoRefused.Yes),
        Output("CO17", r => r.OtherDisadvantaged == YesNoRefused.Yes),
        Output("CO18", r => r.Homeless == YesNoRefused.Yes),
        Output("CO19", r => r.Rural == true),

        // CO01 + CO03 + CO05: every complete participant has exactly one labour status.
        Output("TOTAL", r => r.LabourStatus != null),
        Result("CR01", r => (r.LabourStatus == LabourStatus.Inactive || r.LabourStatus == LabourStatus.InactiveInEducation)
            && r.ExitSituation == ExitSituation.JobSearching),
        Result("CR02", r => r.ExitSituation == ExitSituation.EducationTraining),
        Result("CR03", r => r.QualificationGained == true),
        Result("CR04", r => r.ExitSituation == ExitSituation.Employed),
        Result("CR05", And(Disadvantaged, r => r.ExitSituation == ExitSituation.JobSearching || r.ExitSituation == ExitSituation.EducationTraining
            || r.ExitSituation == ExitSituation.Employed || r.QualificationGained == true)),
        Result("CR06", r => r.Situation6m == SituationAfterSixMonths.Employed),
        Result("CR07", r => r.Improved6m == true),
        Result("CR08", r => r.Age > 54 && r.Situation6m == SituationAfterSixMonths.Employed),
        Result("CR09", And(Disadvantaged, r => r.Situation6m == SituationAfterSixMonths.Employed)),
    ];

    public static readonly IReadOnlyList<EsfIndicator> Esf2021 =
    [
        new("EECO01", IsResult: false, CountsIncomplete: true, r => true),
        Output("EECO02", r => r.LabourStatus == LabourStatus.Unemployed),
        Output("EECO03", LongTermUnemployed),
        Output("EECO04", r => r.LabourStatus == LabourStatus.Inactive || r.LabourStatus == LabourStatus.InactiveInEducation),
        Output("EECO05", r => r.LabourStatus == LabourStatus.Employed),
        Output("EECO06", r => r.Age < 18),
        Output("EECO07", r => r.Age >= 18 && r.Age <= 29),
        Output("EECO08", r => r.Age >= 55),
        Output("EECO09", r => r.Isced >= 0 && r.Isced <= 2),
        Output("EECO10", r => r.Isced >= 3 && r.Isced <= 4),
        Output("EECO11", r => r.Isced >= 5 && r.Isced <= 8),
        Output("EECO12", r => r.Disability == YesNoRefused.Yes),
        Output("EECO13", r => r.ThirdCountryNational == true),
        Output("EECO14", r => r.ForeignBackground == YesNoRefused.Yes),
        Output("EECO15", r => r.Minority == YesNoRefused.Yes),
        Output("EECO16", r => r.Homeless == YesNoRefused.Yes),
        Output("EECO17", r => r.Rural == true),
        Result("EECR01", r => r.ExitSituation == ExitSituation.JobSearching),
        Result("EECR02", r => r.ExitSituation == ExitSituation.EducationTraining),
        Result("EECR03", r => r.QualificationGained == true),
        Result("EECR04", r => r.ExitSituation == ExitSituation.Employed),
        Result("EECR05", r => r.Situation6m == SituationAfterSixMonths.Employed),
        Result("EECR06", r => r.Improved6m == true),
    ];

    private static EsfIndicator Output(string code, Expression<Func<EsfRow, bool>> rule) => new(code, IsResult: false, CountsIncomplete: false, rule);

    private static EsfIndicator Result(string code, Expression<Func<EsfRow, bool>> rule) => new(code, IsResult: true, CountsIncomplete: false, rule);

    /// <summary>Both conditions over one row, as one expression the database can translate.</summary>
    public static Expression<Func<EsfRow, bool>> And(Expression<Func<EsfRow, bool>> a, Expression<Func<EsfRow, bool>> b)
    {
        var body = Replace(b.Body, b.Parameters[0], a.Parameters[0]);
        return Expression.Lambda<Func<EsfRow, bool>>(Expression.AndAlso(a.Body, body), a.Parameters);
    }

    /// <summary>The body with an expression in place of a parameter.</summary>
    public static Expression Replace(Expression body, ParameterExpression parameter, Expression with) => new Rebind(parameter, with).Visit(body)!;

    /// <summary>Puts one expression's parameter in place of another's.</summary>
    public sealed class Rebind(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
