using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Reports;

/// <summary>A report's period as a captured object, so that the database sees parameters, not constants.</summary>
public sealed record EsfPeriod(DateOnly From, DateOnly To);

/// <summary>One indicator's counts.</summary>
public sealed record EsfCount(string Code, int Total, int Women, int Men, int NonBinary);

/// <summary>The ESF report of a period: participants who entered in it, how many of them are incomplete, and every indicator of the framework.</summary>
public sealed record EsfReport(EsfFramework Framework, DateOnly From, DateOnly To, int Participants, int Incomplete, IReadOnlyList<EsfCount> Indicators);

/// <summary>
/// Counts the ESF indicators of docs/INDICATORS.md in the database: one row per participant (earliest
/// entry, latest exit once all are closed), filtered to the period, grouped by gender, with one
/// filtered COUNT per indicator. No person is loaded (ADR 071).
/// </summary>
public sealed class EsfIndicators(AppDbContext db)
{
    public async Task<EsfReport> CountAsync(EsfFramework framework, DateOnly from, DateOnly to, IReadOnlyCollection<int> structureIds, CancellationToken ct)
    {
        var indicators = EsfRules.For(framework);
        var period = new EsfPeriod(from, to);
        var rows = Participants(structureIds).Where(InPeriod(period));

        var tallies = await rows.GroupBy(r => r.Gender).Select(TallyOf(framework, indicators, period)).ToListAsync(ct);

        var counts = indicators.Select((indicator, i) =>
        {
            int Of(Gender? g) => tallies.Where(t => t.Gender == g).Sum(t => t.N[i]);
            return new EsfCount(indicator.Code, tallies.Sum(t => t.N[i]), Of(Gender.Female), Of(Gender.Male), Of(Gender.NonBinary));
        }).ToList();
        return new EsfReport(framework, from, to, tallies.Sum(t => t.Participants), tallies.Sum(t => t.Incomplete), counts);
    }

    /// <summary>One row per participant (beneficiary and structure) of the given structures, people merged away excluded.</summary>
    public IQueryable<EsfRow> Participants(IReadOnlyCollection<int> structureIds)
    {
        // The database marks each person's first participation and, once all have ended, the last
        // one (triggers, ADR 023); the report reads those rows instead of working them out.
        var all = db.Participations.AsNoTracking();
        var firsts = all.Where(p => p.IsFirst && structureIds.Contains(p.StructureId) && p.Beneficiary!.MergedIntoId == null);
        var lasts = all.Where(p => p.IsLast);
        var pairs =
            from f in firsts
            join l in lasts on new { f.StructureId, f.BeneficiaryId } equals new { l.StructureId, l.BeneficiaryId } into ls
            from l in ls.DefaultIfEmpty()
            select new Pair { First = f, Last = l };
        return pairs.Select(Project);
    }

    private sealed class Pair
    {
        public required OneStop.Data.Entities.Participation First { get; init; }
        public OneStop.Data.Entities.Participation? Last { get; init; }
    }

    private static readonly Expression<Func<Pair, EsfRow>> Project = Inline((Pair x) => new EsfRow
    {
        BeneficiaryId = x.First.BeneficiaryId,
        StructureId = x.First.StructureId,
        FirstId = x.First.Id,
        LastId = x.Last == null ? null : x.Last.Id,
        Gender = x.First.Gender,
        BirthDate = x.First.BirthDate,
        EntryDate = x.First.EntryDate,
        Age = x.First.BirthDate == null ? null : AgePlaceholder(x.First.BirthDate.Value, x.First.EntryDate),
        LabourStatus = x.First.LabourStatus,
        UnemployedMonths = x.First.UnemployedMonths,
        Isced = x.First.Isced,
        Disability = x.First.Disability,
        ForeignBackground = x.First.ForeignBackground,
        Minority = x.First.Minority,
        Homeless = x.First.Homeless,
        OtherDisadvantaged = x.First.OtherDisadvantaged,
        ThirdCountryNational = x.First.ThirdCountryNational,
        Rural = x.First.Rural,
        ExitDate = x.Last == null ? null : x.Last.ExitDate,
        ExitSituation = x.Last == null ? null : x.Last.ExitSituation,
        QualificationGained = x.Last == null ? null : x.Last.QualificationGained,
        Situation6m = x.Last == null ? null : x.Last.Situation6m,
        Improved6m = x.Last == null ? null : x.Last.Improved6m,
    });

    private static int? AgePlaceholder(DateOnly birth, DateOnly on) => EsfRules.Age(birth, on);

    /// <summary>Replaces the placeholder call with the body of <see cref="EsfRules.AgeOn"/>, so the database computes the same age.</summary>
    private static Expression<Func<Pair, EsfRow>> Inline(Expression<Func<Pair, EsfRow>> projection) =>
        (Expression<Func<Pair, EsfRow>>)new AgeInliner().Visit(projection);

    private sealed class AgeInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name != nameof(AgePlaceholder) || node.Method.DeclaringType != typeof(EsfIndicators))
            {
                return base.VisitMethodCall(node);
            }

            var birth = Visit(node.Arguments[0]);
            var on = Visit(node.Arguments[1]);
            var body = EsfRules.Replace(EsfRules.AgeOn.Body, EsfRules.AgeOn.Parameters[0], birth);
            body = EsfRules.Replace(body, EsfRules.AgeOn.Parameters[1], on);
            return Expression.Convert(body, typeof(int?));
        }
    }

    /// <summary>The cells of the table besides the indicator codes: every participant who entered, and the incomplete among them.</summary>
    public const string ParticipantsCell = "participants", IncompleteCell = "incomplete";

    /// <summary>Participants who entered or left in the period: everyone the report (and the micro-data) is about.</summary>
    public static Expression<Func<EsfRow, bool>> InPeriod(EsfPeriod p) =>
        r => (r.EntryDate >= p.From && r.EntryDate <= p.To) || (r.ExitDate >= p.From && r.ExitDate <= p.To);

    private static Expression<Func<EsfRow, bool>> Entered(EsfPeriod p) => r => r.EntryDate >= p.From && r.EntryDate <= p.To;

    private static Expression<Func<EsfRow, bool>> Left(EsfPeriod p) => r => r.ExitDate >= p.From && r.ExitDate <= p.To;

    /// <summary>
    /// Who one cell of the table counts (before the gender split): an indicator's code, or
    /// <see cref="ParticipantsCell"/> / <see cref="IncompleteCell"/>; null for an unknown code. The
    /// count and the drill-down both use this very expression, so a list is as long as its cell.
    /// </summary>
    public static Expression<Func<EsfRow, bool>>? CellRule(EsfFramework framework, string code, EsfPeriod period) => code switch
    {
        ParticipantsCell => Entered(period),
        IncompleteCell => EsfRules.And(Entered(period), Not(EsfRules.Complete)),
        _ => EsfRules.For(framework).FirstOrDefault(i => i.Code == code) is { } indicator
            ? EsfRules.And(indicator.IsResult ? Left(period) : Entered(period), indicator.Predicate)
            : null,
    };

    /// <summary>The gender split of a cell: women, men, non-binary; null is the total.</summary>
    public static Expression<Func<EsfRow, bool>> OfGender(Gender gender) => r => r.Gender == gender;

    private sealed class Tally
    {
        public Gender? Gender { get; init; }
        public int Participants { get; init; }
        public int Incomplete { get; init; }
        public required int[] N { get; init; }
    }

    /// <summary>g => new Tally { Gender = g.Key, Participants = g.Count(entered), Incomplete = ..., N = [g.Count(indicator 0), ...] }.</summary>
    private static Expression<Func<IGrouping<Gender?, EsfRow>, Tally>> TallyOf(EsfFramework framework, IReadOnlyList<EsfIndicator> indicators, EsfPeriod period)
    {
        var g = Expression.Parameter(typeof(IGrouping<Gender?, EsfRow>), "g");

        Expression CountWhere(string code)
        {
            var rule = CellRule(framework, code, period)!;
            return Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(EsfRow)], g, rule);
        }

        var counts = indicators.Select(i => CountWhere(i.Code));
        var init = Expression.MemberInit(
            Expression.New(typeof(Tally)),
            Expression.Bind(typeof(Tally).GetProperty(nameof(Tally.Gender))!, Expression.Property(g, "Key")),
            Expression.Bind(typeof(Tally).GetProperty(nameof(Tally.Participants))!, CountWhere(ParticipantsCell)),
            Expression.Bind(typeof(Tally).GetProperty(nameof(Tally.Incomplete))!, CountWhere(IncompleteCell)),
            Expression.Bind(typeof(Tally).GetProperty(nameof(Tally.N))!, Expression.NewArrayInit(typeof(int), counts)));
        return Expression.Lambda<Func<IGrouping<Gender?, EsfRow>, Tally>>(init, g);
    }

    private static Expression<Func<EsfRow, bool>> Not(Expression<Func<EsfRow, bool>> e) =>
        Expression.Lambda<Func<EsfRow, bool>>(Expression.Not(e.Body), e.Parameters);
}
