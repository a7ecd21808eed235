using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Cases;

/// <summary>Reads case files through <see cref="CaseScope"/>; a view of a case file is audited.</summary>
public sealed class CaseQueries(AppDbContext db, CaseScope scope, AthensClock clock, IStringLocalizer<CasesResource> t)
{
    /// <summary>The roles that may be assigned to keep a structure's cases.</summary>
    private static readonly AppRole[] CaseKeepers = AccessRules.RolesWith(Capability.KeepCases);

    public sealed record Filter(int? StructureId = null, int? BeneficiaryId = null, CaseStatus? Status = null, string? CaseworkerId = null, bool OpenOnly = false);

    public async Task<List<CaseSummaryDto>> ListAsync(Filter filter, CancellationToken ct)
    {
        var query = (await scope.VisibleAsync(ct)).AsNoTracking();
        if (filter.StructureId is { } s)
        {
            query = query.Where(c => c.StructureId == s);
        }

        if (filter.BeneficiaryId is { } b)
        {
            query = query.Where(c => c.BeneficiaryId == b);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(c => c.Status != CaseStatus.Closed);
        }

        if (filter.CaseworkerId is { } w)
        {
            query = query.Where(c => c.Workers.Any(x => x.UserId == w));
        }

        return await query.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).Take(500)
            .Select(c => new CaseSummaryDto(c.Id, c.StructureId, c.Structure!.Name, c.BeneficiaryId, c.Beneficiary!.LastName + " " + c.Beneficiary.FirstName,
                c.Status, c.OpenedOn, c.ClosedOn, c.Workers.Select(x => x.User!.DisplayName).ToList()))
            .ToListAsync(ct);
    }

    /// <summary>The whole case file, or null when the user may not read it. Recorded as a view of personal data.</summary>
    public async Task<CaseDto?> GetAsync(int id, CancellationToken ct)
    {
        var access = await scope.GetAsync(ct);
        var head = await (await scope.VisibleAsync(ct)).AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.StructureId, StructureName = c.Structure!.Name, c.BeneficiaryId, PersonName = c.Beneficiary!.LastName + " " + c.Beneficiary.FirstName,
                c.Status, c.StatusReason, c.OpenedOn, c.OpenedByName, c.FromVisitId, c.ClosedOn, c.Version,
                Workers = c.Workers.Select(w => new CaseworkerDto(w.UserId, w.User!.DisplayName)).ToList(),
                History = c.StatusChanges.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new StatusChangeDto(s.Status, s.Reason, s.At, s.ByName)).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var today = clock.Today;
        var assessments = await db.NeedsAssessments.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.Id)
            .Select(a => new AssessmentDto(a.Id, a.AssessedOn, a.ByName, a.Items.OrderBy(i => i.Domain).Select(i => new AssessmentItemDto(i.Domain, i.Severity, i.Notes)).ToList()))
            .ToListAsync(ct);
        var goals = await db.PlanGoals.AsNoTracking().Where(g => g.CaseId == id).OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.Title, g.Domain, g.Status, g.CreatedAt, Actions = g.Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToList() })
            .ToListAsync(ct);
        var services = await db.CaseServices.AsNoTracking().Where(s => s.CaseId == id).OrderByDescending(s => s.DeliveredOn).ThenByDescending(s => s.Id)
            .Select(s => new ServiceRecordDto(s.Id, s.ServiceId, s.Service!.Name, s.DeliveredOn, s.DurationMinutes, s.ByName, s.Notes))
            .ToListAsync(ct);
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == id).OrderByDescending(d => d.UploadedAt)
            .Select(d => new DocumentDto(d.Id, d.Type, d.FileName, d.ContentType, d.Length, d.UploadedAt, d.ByName))
            .ToListAsync(ct);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var applications = await db.CaseApplications.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.FiledOn).ThenByDescending(a => a.Id)
            .Select(a => new ApplicationDto(a.Id, a.ProgrammeId, english ? a.Programme!.NameEn : a.Programme!.NameEl, a.FiledOn, a.ExternalReference, a.Status,
                a.History.OrderBy(h => h.On).ThenBy(h => h.Id).Select(h => new ApplicationStatusDto(h.Status, h.On, h.Note, h.ByName)).ToList()))
            .ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.StartsAt).Take(100)
            .Select(AppointmentQueries.Projection).ToListAsync(ct);
        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == id).Select(n => new { n.WrittenAt, n.ByName }).ToListAsync(ct);

        var goalDtos = goals.Select(g => new GoalDto(g.Id, g.Title, g.Domain, g.Status, g.Actions.Select(a => ToDto(a, today)).ToList())).ToList();
        var timeline = new List<TimelineEntryDto>();
        timeline.AddRange(head.History.Select(s => Entry(s.At, "status", s.Reason is null ? t[$"CaseStatus_{s.Status}"] : $"{t[$"CaseStatus_{s.Status}"]}: {s.Reason}", s.ByName)));
        timeline.AddRange(assessments.Select(a => new TimelineEntryDto(a.AssessedOn, null, "assessment",
            string.Join(", ", a.Items.Select(i => $"{t[$"NeedDomain_{i.Domain}"]}: {t[$"NeedSeverity_{i.Severity}"]}")) + By(a.ByName))));
        timeline.AddRange(goals.Select(g => Entry(g.CreatedAt, "goal", g.Title, null)));
        timeline.AddRange(goalDtos.SelectMany(g => g.Actions).Select(a => new TimelineEntryDto(a.DueOn, null, "action", $"{a.Description} ({a.ResponsibleName}, {t[$"PlanActionStatus_{a.Status}"]})")));
        timeline.AddRange(services.Select(s => new TimelineEntryDto(s.DeliveredOn, null, "service", s.ServiceName + By(s.ByName))));
        timeline.AddRange(notes.Select(n => Entry(n.WrittenAt, "note", t["ConfidentialNoteWritten"], n.ByName)));
        timeline.AddRange(documents.Select(d => Entry(d.UploadedAt, "document", $"{t[$"CaseDocumentType_{d.Type}"]}: {d.FileName}", d.ByName)));
        timeline.AddRange(applications.SelectMany(a => a.History.Select(h => new TimelineEntryDto(h.On, null, "application", $"{a.ProgrammeName}: {t[$"ApplicationStatus_{h.Status}"]}" + By(h.ByName)))));
        timeline.AddRange(appointments.Select(a => Entry(a.StartsAt, "appointment", a.IsCancelled ? $"{a.Subject} ({t["Cancelled"]})" : a.Subject, a.StaffName)));

        db.AuditView(nameof(Case), id.ToString(CultureInfo.InvariantCulture), head.StructureId);
        await db.SaveChangesAsync(ct);

        return new CaseDto(head.Id, head.StructureId, head.StructureName, head.BeneficiaryId, head.PersonName, head.Status, head.StatusReason, head.OpenedOn,
            head.OpenedByName, head.FromVisitId, head.ClosedOn, head.Version, head.Workers, head.History, assessments, goalDtos, services, documents,
            applications, appointments, notes.Count, access.Work.Contains(head.StructureId),
            timeline.OrderByDescending(e => e.Day).ThenByDescending(e => e.At).ToList());
    }

    /// <summary>Caseworkers and Coordinators of a structure, who may be assigned to its cases.</summary>
    public async Task<List<CaseworkerDto>> CaseworkersAsync(int structureId, CancellationToken ct)
    {
        var rows = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.StructureId == structureId && CaseKeepers.Contains(r.Role) && !r.User!.IsDisabled)
            .Select(r => new { r.UserId, r.User!.DisplayName }).Distinct().ToListAsync(ct);
        return rows.Select(r => new CaseworkerDto(r.UserId, r.DisplayName)).OrderBy(w => w.Name, StringComparer.CurrentCulture).ToList();
    }

    public static PlanActionDto ToDto(PlanAction a, DateOnly today) =>
        new(a.Id, a.GoalId, a.Description, a.ResponsibleUserId, a.ResponsibleName, a.DueOn, a.Status, IsOverdue(a.Status, a.DueOn, today));

    public static bool IsOverdue(PlanActionStatus status, DateOnly dueOn, DateOnly today) =>
        status is PlanActionStatus.Pending or PlanActionStatus.InProgress && dueOn < today;

    private static TimelineEntryDto Entry(DateTime at, string kind, string text, string? by) => new(AthensClock.DayOf(at), at, kind, text + By(by));

    private static string By(string? name) => name is null ? "" : $" — {name}";
}
