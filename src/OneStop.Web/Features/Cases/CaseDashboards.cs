using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Cases;

/// <summary>The caseworker's own work and the Coordinator's view of a structure's caseload.</summary>
public sealed class CaseDashboards(AppDbContext db, CaseScope scope, CaseQueries cases, AppointmentQueries appointments, CurrentUser currentUser, AthensClock clock)
{
    public const int DueSoonDays = 7;

    public async Task<MyWorkDto> MineAsync(CancellationToken ct)
    {
        var me = (await currentUser.GetAsync(ct)).UserId;
        var work = (await scope.GetAsync(ct)).Work;
        var mine = await cases.ListAsync(new CaseQueries.Filter(CaseworkerId: me, OpenOnly: true), ct);
        var overdue = await Overdue(db.PlanActions.Where(a => db.Cases.Any(c => c.Id == a.CaseId && work.Contains(c.StructureId) && c.Status != CaseStatus.Closed)
                && (a.ResponsibleUserId == me || db.CaseWorkers.Any(w => w.CaseId == a.CaseId && w.UserId == me))), ct);
        var upcoming = await appointments.ForStaffAsync(me, clock.Today, DueSoonDays, ct);
        return new MyWorkDto(mine, overdue, upcoming.Where(a => !a.IsCancelled).ToList());
    }

    /// <summary>The structure's caseload, or null when the user does not coordinate it.</summary>
    public async Task<CoordinatorDashboardDto?> CoordinatorAsync(int structureId, CancellationToken ct)
    {
        if (!(await scope.GetAsync(ct)).Coordinate.Contains(structureId))
        {
            return null;
        }

        var name = await db.Structures.AsNoTracking().Where(s => s.Id == structureId).Select(s => s.Name).SingleAsync(ct);
        var open = db.Cases.AsNoTracking().Where(c => c.StructureId == structureId && c.Status != CaseStatus.Closed);
        var assigned = await (from w in db.CaseWorkers
                              join c in open on w.CaseId equals c.Id
                              select new { w.UserId, w.User!.DisplayName, c.Status }).ToListAsync(ct);
        var unassigned = await open.Where(c => !c.Workers.Any()).Select(c => c.Status).ToListAsync(ct);
        var workers = assigned.GroupBy(x => (x.UserId, x.DisplayName))
            .Select(g => new WorkerLoadDto(g.Key.UserId, g.Key.DisplayName, g.Count(x => x.Status == CaseStatus.Open), g.Count(x => x.Status == CaseStatus.Active), g.Count(x => x.Status == CaseStatus.OnHold)))
            .OrderByDescending(w => w.Open + w.Active + w.OnHold).ThenBy(w => w.Name, StringComparer.CurrentCulture).ToList();
        if (unassigned.Count > 0)
        {
            workers.Add(new WorkerLoadDto(null, "", unassigned.Count(s => s == CaseStatus.Open), unassigned.Count(s => s == CaseStatus.Active), unassigned.Count(s => s == CaseStatus.OnHold)));
        }

        var actions = db.PlanActions.Where(a => db.Cases.Any(c => c.Id == a.CaseId && c.StructureId == structureId && c.Status != CaseStatus.Closed));
        var overdue = await Overdue(actions, ct);
        var soon = clock.Today.AddDays(DueSoonDays);
        var dueSoon = await Project(actions.Where(a => (a.Status == PlanActionStatus.Pending || a.Status == PlanActionStatus.InProgress) && a.DueOn >= clock.Today && a.DueOn <= soon), ct);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var pending = await (from a in db.CaseApplications.AsNoTracking()
                             join c in db.Cases on a.CaseId equals c.Id
                             where c.StructureId == structureId && (a.Status == ApplicationStatus.Filed || a.Status == ApplicationStatus.PendingDocuments)
                             orderby a.FiledOn
                             select new PendingApplicationDto(a.Id, a.CaseId, c.Beneficiary!.LastName + " " + c.Beneficiary.FirstName,
                                 english ? a.Programme!.NameEn : a.Programme!.NameEl, a.FiledOn, a.Status))
            .Take(200).ToListAsync(ct);
        var onHold = await cases.ListAsync(new CaseQueries.Filter(StructureId: structureId, Status: CaseStatus.OnHold), ct);
        // ESF 6-month follow-ups overdue or due within 30 days (as the participants' follow-up list).
        var horizon = clock.Today.AddDays(30);
        var followUps = await db.Participations.Where(OneStop.Web.Features.Participants.Completeness.FollowUpPending).CountAsync(p => p.StructureId == structureId && p.FollowUpDue <= horizon, ct);
        return new CoordinatorDashboardDto(structureId, name, workers, overdue, dueSoon, pending, onHold, followUps);
    }

    private Task<List<OverdueActionDto>> Overdue(IQueryable<PlanAction> actions, CancellationToken ct)
    {
        var today = clock.Today;
        return Project(actions.Where(a => (a.Status == PlanActionStatus.Pending || a.Status == PlanActionStatus.InProgress) && a.DueOn < today), ct);
    }

    private Task<List<OverdueActionDto>> Project(IQueryable<PlanAction> actions, CancellationToken ct) =>
        (from a in actions.AsNoTracking()
         join c in db.Cases on a.CaseId equals c.Id
         orderby a.DueOn, a.Id
         select new OverdueActionDto(a.Id, a.CaseId, c.Beneficiary!.LastName + " " + c.Beneficiary.FirstName, a.Description, a.ResponsibleName, a.DueOn, a.Status))
            .Take(200).ToListAsync(ct);
}
