using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Public;

[TextResource(typeof(PublicResource))]
public sealed class EligibilityRuleFields
{
    [System.ComponentModel.DataAnnotations.Display(Name = "RuleField")]
    public QuestionField Field { get; set; } = QuestionField.IncomeBand;

    [System.ComponentModel.DataAnnotations.Display(Name = "RuleOperator")]
    public RuleOperator Operator { get; set; } = RuleOperator.Le;

    [System.ComponentModel.DataAnnotations.Display(Name = "RuleValue")]
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Required")]
    [System.ComponentModel.DataAnnotations.StringLength(200, ErrorMessage = "TooLong")]
    public string? Value { get; set; }
}

/// <summary>Administrators add and remove a programme's published rules (every change is audited).</summary>
public sealed class EligibilityRuleWriter(AppDbContext db, AccessScope access, IStringLocalizer<PublicResource> t)
{
    public Task<bool> CanChangeAsync(CancellationToken ct) => access.AnywhereAsync(Capability.Administer, ct);

    /// <summary>Adds the rule; returns the errors keyed by field (none when saved).</summary>
    public async Task<List<KeyValuePair<string, string>>> AddAsync(int programmeId, EligibilityRuleFields input, CancellationToken ct)
    {
        var value = string.Join(",", (input.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (!Eligibility.IsValid(input.Field, input.Operator, value))
        {
            return [new(nameof(input.Value), t["InvalidRuleValue"])];
        }

        db.EligibilityRules.Add(new EligibilityRule { ProgrammeId = programmeId, Field = input.Field, Operator = input.Operator, Value = value });
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task RemoveAsync(int programmeId, int ruleId, CancellationToken ct)
    {
        if (await db.EligibilityRules.SingleOrDefaultAsync(r => r.Id == ruleId && r.ProgrammeId == programmeId, ct) is { } rule)
        {
            db.EligibilityRules.Remove(rule);
            await db.SaveChangesAsync(ct);
        }
    }
}
