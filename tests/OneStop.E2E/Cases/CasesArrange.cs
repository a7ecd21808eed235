using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;

namespace OneStop.E2E.Cases;

/// <summary>Caseworkers, visits and cases of a structure, added straight to the database of the test server.</summary>
public static class CasesArrange
{
    public const string Password = "Case-Worker-Password-1";

    private static readonly TimeZoneInfo Athens = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Athens));

    /// <summary>A caseworker who also coordinates the structure; returns (e-mail, user id).</summary>
    public static async Task<(string Email, string Id)> CaseworkerAsync(this AppServer server, int structureId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"caseworker-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Ελένη Κοινωνική" };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.Caseworker, StructureId = structureId });
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.Coordinator, StructureId = structureId });
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return (email, user.Id);
    }

    public static async Task<long> VisitAsync(this AppServer server, int structureId, int personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var visit = new Visit
        {
            StructureId = structureId, BeneficiaryId = personId, Reason = "Κίνδυνος έξωσης", Axis = Axis.A, Outcome = VisitOutcome.Appointment,
            Channel = VisitChannel.InPerson, OccurredAt = DateTime.UtcNow, Day = Today, StaffName = "Μαρία Υποδοχής",
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    }

    /// <summary>A case with an assessment, a goal and an overdue action, a service and an appointment, so that every table renders.</summary>
    public static async Task<int> CaseAsync(this AppServer server, int structureId, int personId, string userId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var opened = new Case
        {
            StructureId = structureId, BeneficiaryId = personId, OpenedOn = Today.AddDays(-20), OpenedByUserId = userId, OpenedByName = "Ελένη Κοινωνική",
            Workers = [new CaseWorker { UserId = userId }],
            StatusChanges = [new CaseStatusChange { Status = CaseStatus.Open, At = DateTime.UtcNow.AddDays(-20), ByName = "Ελένη Κοινωνική" }],
        };
        db.Cases.Add(opened);
        await db.SaveChangesAsync();
        db.NeedsAssessments.Add(new NeedsAssessment
        {
            CaseId = opened.Id, AssessedOn = Today.AddDays(-20), RecordedAt = DateTime.UtcNow, ByName = "Ελένη Κοινωνική",
            Items = [new() { Domain = NeedDomain.Housing, Severity = NeedSeverity.Critical, Notes = "Έξωση" }, new() { Domain = NeedDomain.Income, Severity = NeedSeverity.High }],
        });
        var goal = new PlanGoal { CaseId = opened.Id, Title = "Στέγαση", Domain = NeedDomain.Housing, CreatedAt = DateTime.UtcNow };
        db.PlanGoals.Add(goal);
        await db.SaveChangesAsync();
        db.PlanActions.Add(new PlanAction { GoalId = goal.Id, CaseId = opened.Id, Description = "Αίτηση επιδόματος στέγασης", ResponsibleUserId = userId, ResponsibleName = "Ελένη Κοινωνική", DueOn = Today.AddDays(-2) });
        db.Appointments.Add(new Appointment
        {
            StructureId = structureId, StaffUserId = userId, BeneficiaryId = personId, CaseId = opened.Id, StartsAt = DateTime.UtcNow.Date.AddDays(1).AddHours(8),
            DurationMinutes = 30, Subject = "Επανεκτίμηση", BookedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return opened.Id;
    }
}
