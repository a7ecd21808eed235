using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Cases;

/// <summary>
/// Adds the records of a case file: needs assessments, plan goals and actions, services delivered
/// and applications filed on the person's behalf. Only those who keep the case write; a closed
/// case is reopened first.
/// </summary>
public sealed class CaseRecordWriter(AppDbContext db, CaseScope scope, CurrentUser currentUser, AthensClock clock, IStringLocalizer<CasesResource> t)
{
    /// <summary>The roles that record people's contacts in a structure (its staff on the front line).</summary>
    private static readonly AppRole[] PeopleWorkers = AccessRules.RolesWith(Capability.WritePeople);

    public async Task<CaseResult> AddAssessmentAsync(int caseId, AssessmentFields input, CancellationToken ct)
    {
        if (await OpenCaseAsync(caseId, ct) is { } refused)
        {
            return refused;
        }

        var items = input.Items.Where(i => i.Severity is not null || !string.IsNullOrWhiteSpace(i.Notes)).ToList();
        for (var i = 0; i < input.Items.Count; i++)
        {
            if (input.Items[i].Domain is null)
            {
                return CaseResult.Invalid($"Items[{i}].Domain", t["DomainRequired"]);
            }

            if (input.Items[i] is { Severity: null } item && !string.IsNullOrWhiteSpace(item.Notes))
            {
                return CaseResult.Invalid($"Items[{i}].Severity", t["SeverityRequired"]);
            }
        }

        if (items.Count == 0)
        {
            return CaseResult.Invalid(nameof(input.Items), t["AssessmentEmpty"]);
        }

        if (items.GroupBy(i => i.Domain).Any(g => g.Count() > 1))
        {
            return CaseResult.Invalid(nameof(input.Items), t["DomainTwice"]);
        }

        if (input.AssessedOn > clock.Today)
        {
            return CaseResult.Invalid(nameof(input.AssessedOn), t["InTheFuture"]);
        }

        var assessment = new NeedsAssessment
        {
            CaseId = caseId,
            AssessedOn = input.AssessedOn ?? clock.Today,
            RecordedAt = clock.UtcNow,
            ByName = (await currentUser.GetAsync(ct)).DisplayName,
            Items = items.Select(i => new NeedsAssessmentItem { Domain = i.Domain!.Value, Severity = i.Severity!.Value, Notes = Clean(i.Notes) }).ToList(),
        };
        db.NeedsAssessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(assessment.Id);
    }

    public async Task<CaseResult> AddGoalAsync(int caseId, GoalFields input, CancellationToken ct)
    {
        if (await OpenCaseAsync(caseId, ct) is { } refused)
        {
            return refused;
        }

        var goal = new PlanGoal { CaseId = caseId, Title = input.Title!.Trim(), Domain = input.Domain, Status = input.Status ?? GoalStatus.Open, CreatedAt = clock.UtcNow };
        db.PlanGoals.Add(goal);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(goal.Id);
    }

    public async Task<CaseResult> SetGoalStatusAsync(int caseId, long goalId, GoalStatus status, CancellationToken ct)
    {
        if (await OpenCaseAsync(caseId, ct) is { } refused)
        {
            return refused;
        }

        if (await db.PlanGoals.SingleOrDefaultAsync(g => g.Id == goalId && g.CaseId == caseId, ct) is not { } goal)
        {
            return CaseResult.Missing();
        }

        goal.Status = status;
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(goalId);
    }

    public async Task<CaseResult> AddActionAsync(int caseId, PlanActionFields input, CancellationToken ct)
    {
        if (await OpenCaseAsync(caseId, ct) is { } refused)
        {
            return refused;
        }

        if (!await db.PlanGoals.AnyAsync(g => g.Id == input.GoalId && g.CaseId == caseId, ct))
        {
            return CaseResult.Invalid(nameof(input.GoalId), t["UnknownGoal"]);
        }

        string responsibleName;
        if (!string.IsNullOrEmpty(input.ResponsibleUserId))
        {
            var structureId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.StructureId).SingleAsync(ct);
            var staff = await StaffNameAsync(structureId, input.ResponsibleUserId, ct);
            if (staff is null)
            {
                return CaseResult.Invalid(nameof(input.ResponsibleUserId), t["UnknownStaff"]);
            }

            responsibleName = staff;
        }
        else if (Clean(input.ResponsibleName) is { } name)
        {
            responsibleName = name;
        }
        else
        {
            return CaseResult.Invalid(nameof(input.ResponsibleUserId), t["ResponsibleRequired"]);
        }

        var action = new PlanAction
        {
            GoalId = input.GoalId!.Value,
            CaseId = caseId,
            Description = input.Description!.Trim(),
            ResponsibleUserId = string.IsNullOrEmpty(input.ResponsibleUserId) ? null : input.ResponsibleUserId,
            ResponsibleName = responsibleName,
            DueOn = input.DueOn!.Value,
        };
        db.PlanActions.Add(action);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(action.Id);
    }

    public async Task<CaseResult> SetActionStatusAsync(int caseId, long actionId, PlanActionStatus status, CancellationToken ct)
    {
        if (await OpenCaseAsync(caseId, ct) is { } refused)
        {
            return refused;
        }

        if (await db.PlanActions.SingleOrDefaultAsync(a => a.Id == actionId && a.CaseId == caseId, ct) is not { } action)
        {
            return CaseResult.Missing();
        }

        action.Status = status;
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(actionId);
    }

    public async Task<CaseResult> AddServiceAsync(int caseId, ServiceRecordFields input, CancellationToken ct)
    {
        if (await OpenCaseAsync(caseId, ct) is { } refused)
        {
            return refused;
        }

        var structureId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.StructureId).SingleAsync(ct);
        if (!await db.Services.AnyAsync(s => s.Id == input.ServiceId && s.StructureId == structureId && s.IsActive, ct))
        {
            return CaseResult.Invalid(nameof(input.ServiceId), t["UnknownService"]);
        }

        if (input.DeliveredOn > clock.Today)
        {
            return CaseResult.Invalid(nameof(input.DeliveredOn), t["InTheFuture"]);
        }

        var user = await currentUser.GetAsync(ct);
        var record = new CaseServiceRecord
        {
            CaseId = caseId, ServiceId = input.ServiceId!.Value, DeliveredOn = input.DeliveredOn!.Value, DurationMinutes = input.DurationMinutes,
            ByUserId = user.UserId, ByName = user.DisplayName, Notes = Clean(input.Notes), RecordedAt = clock.UtcNow,
        };
        db.CaseServices.Add(record);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(record.Id);
    }

    public async Task<CaseResult> AddApplicationAsync(int caseId, ApplicationFields input, CancellationToken ct)
    {
        if (await OpenCaseAsync(caseId, ct) is { } refused)
        {
            return refused;
        }

        if (!await db.Programmes.AnyAsync(p => p.Id == input.ProgrammeId && p.IsActive, ct))
        {
            return CaseResult.Invalid(nameof(input.ProgrammeId), t["UnknownProgramme"]);
        }

        if (input.FiledOn > clock.Today)
        {
            return CaseResult.Invalid(nameof(input.FiledOn), t["InTheFuture"]);
        }

        var user = await currentUser.GetAsync(ct);
        var application = new CaseApplication
        {
            CaseId = caseId, ProgrammeId = input.ProgrammeId!.Value, FiledOn = input.FiledOn!.Value, ExternalReference = Clean(input.ExternalReference),
            Status = ApplicationStatus.Filed,
            History = [new CaseApplicationStatusChange { Status = ApplicationStatus.Filed, On = input.FiledOn!.Value, ByName = user.DisplayName }],
        };
        db.CaseApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(application.Id);
    }

    public async Task<CaseResult> SetApplicationStatusAsync(int caseId, long applicationId, ApplicationStatusFields input, CancellationToken ct)
    {
        if (await OpenCaseAsync(caseId, ct) is { } refused)
        {
            return refused;
        }

        if (await db.CaseApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.CaseId == caseId, ct) is not { } application)
        {
            return CaseResult.Missing();
        }

        var on = input.On ?? clock.Today;
        if (on > clock.Today || on < application.FiledOn)
        {
            return CaseResult.Invalid(nameof(input.On), t["StatusDateOutOfRange"]);
        }

        application.Status = input.Status!.Value;
        db.CaseApplicationStatusChanges.Add(new CaseApplicationStatusChange
        {
            ApplicationId = applicationId, Status = input.Status!.Value, On = on, Note = Clean(input.Note), ByName = (await currentUser.GetAsync(ct)).DisplayName,
        });
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(applicationId);
    }

    /// <summary>The staff member's name when they work in the structure (FrontDesk, Caseworker or Coordinator).</summary>
    public async Task<string?> StaffNameAsync(int structureId, string userId, CancellationToken ct) =>
        await db.RoleAssignments.Where(r => r.StructureId == structureId && r.UserId == userId && !r.User!.IsDisabled
                && PeopleWorkers.Contains(r.Role))
            .Select(r => r.User!.DisplayName).FirstOrDefaultAsync(ct);

    /// <summary>Null when the user keeps the case and it is not closed; the refusal otherwise.</summary>
    private async Task<CaseResult?> OpenCaseAsync(int caseId, CancellationToken ct) =>
        await scope.WorkableAsync(caseId, ct) switch
        {
            null => CaseResult.Missing(),
            { Status: CaseStatus.Closed } => CaseResult.Invalid("Case", t["CaseClosed"]),
            _ => null,
        };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
