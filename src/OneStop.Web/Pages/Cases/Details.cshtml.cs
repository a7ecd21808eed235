using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Cases;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Pages.Cases;

/// <summary>
/// The case file: status, caseworkers, timeline, and one form per record (assessment, plan, service,
/// document, application, appointment). Each form posts to its own handler and binds only its fields.
/// </summary>
public sealed class DetailsModel(CaseQueries queries, CaseWriter writer, CaseRecordWriter records, CaseDocuments documents, AppointmentWriter appointments,
    AppDbContext db, AthensClock clock, IStringLocalizer<CasesResource> t) : PageModel
{
    /// <summary>The roles that record people's contacts in a structure (its staff on the front line).</summary>
    private static readonly AppRole[] PeopleWorkers = AccessRules.RolesWith(Capability.WritePeople);

    public CaseDto Case { get; private set; } = null!;
    public List<CaseworkerDto> Staff { get; private set; } = [];
    public List<CaseworkerDto> Caseworkers { get; private set; } = [];
    public List<(int Id, string Name)> Services { get; private set; } = [];
    public List<(int Id, string Name)> Programmes { get; private set; } = [];
    public string? ParticipationsUrl { get; private set; }
    public DateOnly Today => clock.Today;

    public CaseStatusFields Status { get; set; } = new();
    public AssessmentFields Assessment { get; set; } = new();
    public GoalFields Goal { get; set; } = new();
    public PlanActionFields NewAction { get; set; } = new();
    public ServiceRecordFields Service { get; set; } = new();
    public ApplicationFields Application { get; set; } = new();
    public AppointmentFields Appointment { get; set; } = new();
    public CaseDocumentType? DocumentType { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(int id, long documentId, CancellationToken ct) =>
        await documents.OpenAsync(id, documentId, ct) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();

    public Task<IActionResult> OnPostStatusAsync(int id, [Bind(Prefix = nameof(Status))] CaseStatusFields input, CancellationToken ct) =>
        HandleAsync(id, nameof(Status), () => Status = input, () => writer.ChangeStatusAsync(id, input, ct), "StatusChanged", "status", ct);

    public Task<IActionResult> OnPostCaseworkersAsync(int id, [Bind(Prefix = "Workers")] CaseworkersFields input, CancellationToken ct) =>
        HandleAsync(id, "Workers", () => { }, () => writer.AssignAsync(id, input, ct), "CaseworkersSaved", "caseworkers", ct);

    public Task<IActionResult> OnPostAssessmentAsync(int id, [Bind(Prefix = nameof(Assessment))] AssessmentFields input, CancellationToken ct) =>
        HandleAsync(id, nameof(Assessment), () => Assessment = input, () => records.AddAssessmentAsync(id, input, ct), "AssessmentSaved", "assessment", ct);

    public Task<IActionResult> OnPostGoalAsync(int id, [Bind(Prefix = nameof(Goal))] GoalFields input, CancellationToken ct) =>
        HandleAsync(id, nameof(Goal), () => Goal = input, () => records.AddGoalAsync(id, input, ct), "GoalSaved", "plan", ct);

    public Task<IActionResult> OnPostGoalStatusAsync(int id, long goalId, GoalStatus status, CancellationToken ct) =>
        HandleAsync(id, nameof(Goal), () => { }, () => records.SetGoalStatusAsync(id, goalId, status, ct), "GoalSaved", "plan", ct);

    public Task<IActionResult> OnPostActionAsync(int id, [Bind(Prefix = nameof(NewAction))] PlanActionFields input, CancellationToken ct) =>
        HandleAsync(id, nameof(NewAction), () => NewAction = input, () => records.AddActionAsync(id, input, ct), "ActionSaved", "plan", ct);

    public Task<IActionResult> OnPostActionStatusAsync(int id, long actionId, PlanActionStatus status, CancellationToken ct) =>
        HandleAsync(id, nameof(NewAction), () => { }, () => records.SetActionStatusAsync(id, actionId, status, ct), "ActionSaved", "plan", ct);

    public Task<IActionResult> OnPostServiceAsync(int id, [Bind(Prefix = nameof(Service))] ServiceRecordFields input, CancellationToken ct) =>
        HandleAsync(id, nameof(Service), () => Service = input, () => records.AddServiceAsync(id, input, ct), "ServiceSaved", "services", ct);

    public Task<IActionResult> OnPostApplicationAsync(int id, [Bind(Prefix = nameof(Application))] ApplicationFields input, CancellationToken ct) =>
        HandleAsync(id, nameof(Application), () => Application = input, () => records.AddApplicationAsync(id, input, ct), "ApplicationSaved", "applications", ct);

    public Task<IActionResult> OnPostApplicationStatusAsync(int id, long applicationId, [Bind(Prefix = "ApplicationStatus")] ApplicationStatusFields input, CancellationToken ct) =>
        HandleAsync(id, "ApplicationStatus", () => { }, () => records.SetApplicationStatusAsync(id, applicationId, input, ct), "ApplicationSaved", "applications", ct);

    public Task<IActionResult> OnPostDocumentAsync(int id, CaseDocumentType? documentType, IFormFile? file, CancellationToken ct) =>
        HandleAsync(id, nameof(DocumentType), () => DocumentType = documentType, () => documents.UploadAsync(id, documentType, file, ct), "DocumentSaved", "documents", ct);

    public async Task<IActionResult> OnPostAppointmentAsync(int id, [Bind(Prefix = nameof(Appointment))] AppointmentFields input, CancellationToken ct)
    {
        var structureId = await db.Cases.Where(c => c.Id == id).Select(c => (int?)c.StructureId).SingleOrDefaultAsync(ct);
        input.StructureId = structureId;
        input.CaseId = id;
        ModelState.Remove($"{nameof(Appointment)}.{nameof(input.StructureId)}");
        return await HandleAsync(id, nameof(Appointment), () => Appointment = input, () => appointments.BookAsync(input, ct), "AppointmentSaved", "appointments", ct);
    }

    private async Task<IActionResult> HandleAsync(int id, string prefix, System.Action keep, Func<Task<CaseResult>> command, string done, string anchor, CancellationToken ct)
    {
        keep();
        if (ModelState.IsValid)
        {
            var result = await command();
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["Message"] = t[done].Value;
                return Redirect($"/Cases/Details/{id}#{anchor}");
            }

            if (result.Conflict)
            {
                ModelState.AddModelError("", t["Conflict"]);
            }

            ModelState.AddCaseErrors(prefix, result);
        }

        return await LoadAsync(id, ct) && Case.CanWork ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.GetAsync(id, ct) is not { } found)
        {
            return false;
        }

        Case = found;
        Caseworkers = await queries.CaseworkersAsync(found.StructureId, ct);
        Staff = (await db.RoleAssignments.AsNoTracking()
            .Where(r => r.StructureId == found.StructureId && !r.User!.IsDisabled && PeopleWorkers.Contains(r.Role))
            .Select(r => new { r.UserId, r.User!.DisplayName }).Distinct().ToListAsync(ct))
            .Select(r => new CaseworkerDto(r.UserId, r.DisplayName)).OrderBy(w => w.Name, StringComparer.CurrentCulture).ToList();
        Services = (await db.Services.AsNoTracking().Where(s => s.StructureId == found.StructureId && s.IsActive).OrderBy(s => s.Axis).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        Programmes = (await db.Programmes.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Code)
            .Select(p => new { p.Id, Name = english ? p.NameEn : p.NameEl }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();
        // Closing the case of an ESF participant asks for the exit data: the open participation's exit form.
        ParticipationsUrl = await db.Participations.AsNoTracking()
            .Where(p => p.BeneficiaryId == found.BeneficiaryId && p.StructureId == found.StructureId && p.ExitDate == null)
            .OrderByDescending(p => p.EntryDate).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct) is { } open
            ? $"/Participants/Exit/{open.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : null;
        if (Assessment.Items.Count == 0)
        {
            Assessment.Items = Enum.GetValues<NeedDomain>().Select(d => new AssessmentItemFields { Domain = d }).ToList();
        }

        Status.Version ??= found.Version;
        Assessment.AssessedOn ??= clock.Today;
        Service.DeliveredOn ??= clock.Today;
        Application.FiledOn ??= clock.Today;
        Appointment.Date ??= clock.Today;
        Appointment.DurationMinutes ??= AppointmentWriter.DefaultMinutes;
        return true;
    }
}
