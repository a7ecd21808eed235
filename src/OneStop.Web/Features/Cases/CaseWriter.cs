using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Cases;

/// <summary>Opens cases, assigns caseworkers and moves a case through its statuses (with history).</summary>
public sealed class CaseWriter(AppDbContext db, CaseScope scope, CurrentUser currentUser, AthensClock clock, IStringLocalizer<CasesResource> t)
{
    /// <summary>The roles that may be assigned to keep a structure's cases.</summary>
    private static readonly AppRole[] CaseKeepers = AccessRules.RolesWith(Capability.KeepCases);

    public async Task<CaseResult> OpenAsync(OpenCaseFields input, CancellationToken ct)
    {
        if (input.StructureId is not { } structureId || !(await scope.GetAsync(ct)).Work.Contains(structureId))
        {
            return CaseResult.Missing();
        }

        // The person must already be served by the structure (a visit or registration links them).
        var personId = input.BeneficiaryId ?? 0;
        if (!await db.Beneficiaries.AnyAsync(b => b.Id == personId && b.MergedIntoId == null && b.Links.Any(l => l.StructureId == structureId), ct))
        {
            return CaseResult.Invalid(nameof(input.BeneficiaryId), t["UnknownPerson"]);
        }

        if (await db.Cases.AsNoTracking().Where(c => c.BeneficiaryId == personId && c.StructureId == structureId).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct) is { } existing)
        {
            return new CaseResult(existing, [], Conflict: true, ExistingId: existing);
        }

        if (input.VisitId is { } visitId && !await db.Visits.AnyAsync(v => v.Id == visitId && v.StructureId == structureId && v.BeneficiaryId == personId, ct))
        {
            return CaseResult.Invalid(nameof(input.VisitId), t["UnknownVisit"]);
        }

        var user = await currentUser.GetAsync(ct);
        var workers = input.CaseworkerIds.Count == 0 ? [user.UserId] : input.CaseworkerIds.Distinct().ToList();
        if (!await AreCaseworkersAsync(structureId, workers, ct))
        {
            return CaseResult.Invalid(nameof(input.CaseworkerIds), t["UnknownCaseworker"]);
        }

        var opened = new Case
        {
            StructureId = structureId,
            BeneficiaryId = personId,
            FromVisitId = input.VisitId,
            OpenedOn = clock.Today,
            OpenedByUserId = user.UserId,
            OpenedByName = user.DisplayName,
            Status = CaseStatus.Open,
            Workers = workers.Select(w => new CaseWorker { UserId = w }).ToList(),
            StatusChanges = [new CaseStatusChange { Status = CaseStatus.Open, At = clock.UtcNow, ByName = user.DisplayName }],
        };
        db.Cases.Add(opened);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone opened the same case a moment earlier (unique person × structure).
            var id = await db.Cases.AsNoTracking().Where(c => c.BeneficiaryId == personId && c.StructureId == structureId).Select(c => c.Id).SingleAsync(ct);
            return new CaseResult(id, [], Conflict: true, ExistingId: id);
        }

        return CaseResult.Done(opened.Id);
    }

    /// <summary>Open, active, on hold (reason), closed (reason); a closed case is reopened by setting it open or active.</summary>
    public async Task<CaseResult> ChangeStatusAsync(int caseId, CaseStatusFields input, CancellationToken ct)
    {
        if (await scope.WorkableAsync(caseId, ct) is not { } found)
        {
            return CaseResult.Missing();
        }

        var status = input.Status!.Value;
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        if (status is CaseStatus.Closed or CaseStatus.OnHold && reason is null)
        {
            return CaseResult.Invalid(nameof(input.Reason), t["ReasonRequired"]);
        }

        if (status == found.Status)
        {
            return CaseResult.Invalid(nameof(input.Status), t["StatusUnchanged"]);
        }

        if (input.Version is { } version)
        {
            db.Entry(found).Property(c => c.Version).OriginalValue = version;
        }

        var user = await currentUser.GetAsync(ct);
        found.Status = status;
        found.StatusReason = reason;
        found.ClosedOn = status == CaseStatus.Closed ? clock.Today : null;
        db.CaseStatusChanges.Add(new CaseStatusChange { CaseId = caseId, Status = status, Reason = reason, At = clock.UtcNow, ByName = user.DisplayName });
        try
        {
            await db.SaveChangesAsync(ct);
            return CaseResult.Done(caseId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CaseResult(caseId, [], Conflict: true);
        }
    }

    public async Task<CaseResult> AssignAsync(int caseId, CaseworkersFields input, CancellationToken ct)
    {
        if (await scope.WorkableAsync(caseId, ct) is not { } found)
        {
            return CaseResult.Missing();
        }

        var wanted = input.CaseworkerIds.Distinct().ToList();
        if (wanted.Count == 0 || !await AreCaseworkersAsync(found.StructureId, wanted, ct))
        {
            return CaseResult.Invalid(nameof(input.CaseworkerIds), t["UnknownCaseworker"]);
        }

        var current = await db.CaseWorkers.Where(w => w.CaseId == caseId).ToListAsync(ct);
        db.CaseWorkers.RemoveRange(current.Where(w => !wanted.Contains(w.UserId)));
        db.CaseWorkers.AddRange(wanted.Where(id => current.All(w => w.UserId != id)).Select(id => new CaseWorker { CaseId = caseId, UserId = id }));
        await db.SaveChangesAsync(ct);
        return CaseResult.Done(caseId);
    }

    private async Task<bool> AreCaseworkersAsync(int structureId, List<string> userIds, CancellationToken ct) =>
        await db.RoleAssignments.Where(r => r.StructureId == structureId && userIds.Contains(r.UserId) && CaseKeepers.Contains(r.Role) && !r.User!.IsDisabled)
            .Select(r => r.UserId).Distinct().CountAsync(ct) == userIds.Count;
}
