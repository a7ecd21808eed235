using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Referrals;

public sealed record ReferralHistoryDto(ReferralStatus? From, ReferralStatus To, string? Note, DateTime At, string By);

public sealed record ReferralDto(
    int Id, string Direction, int? BeneficiaryId, int FromStructureId, string FromStructureName, int? ToStructureId, string? ToStructureName,
    int? ToPartnerServiceId, string? ToPartnerServiceName, string? ToOrganizationName, string Reason, ReferralUrgency Urgency, DateOnly? DueDate,
    List<string> SharedFields, Dictionary<string, string?> Person, string? LegalBasis, bool ConsentOnRecord, ReferralStatus Status,
    string? DeclineReason, string? Outcome, DateTime CreatedAt, DateTime? SentAt, DateTime? AcceptedAt, DateTime? CompletedAt,
    bool Overdue, bool Unanswered, DateTime? LinkExpiresAt, int Version, List<ReferralHistoryDto> History);

public sealed record ReferralListItem(
    int Id, string Direction, string FromStructureName, string ToName, string? PersonName, string Reason, ReferralUrgency Urgency,
    DateOnly? DueDate, ReferralStatus Status, DateTime? SentAt, bool Overdue, bool Unanswered);

/// <summary>Referral lists and details through <see cref="ReferralScope"/>; receivers get the shared fields only.</summary>
public sealed class ReferralQueries(AppDbContext db, ReferralScope scope, AthensClock clock)
{
    /// <summary>A sent referral not answered within this many days raises a reminder.</summary>
    public const int UnansweredAfterDays = 7;

    public async Task<List<ReferralListItem>> ListAsync(string? direction, ReferralStatus? status, CancellationToken ct)
    {
        var items = new List<ReferralListItem>();
        if (direction is null or "outgoing")
        {
            items.AddRange(await RowsAsync(await scope.OutgoingAsync(ct), "outgoing", status, ct));
        }

        if (direction is null or "incoming")
        {
            items.AddRange(await RowsAsync(await scope.IncomingAsync(ct), "incoming", status, ct));
        }

        return items.OrderByDescending(i => i.SentAt ?? DateTime.MaxValue).ThenByDescending(i => i.Id).ToList();
    }

    /// <summary>Open referrals past their due date, and sent ones still unanswered after a week.</summary>
    public async Task<List<ReferralListItem>> RemindersAsync(CancellationToken ct) =>
        (await ListAsync(null, null, ct)).Where(i => i.Overdue || i.Unanswered).ToList();

    /// <summary>The referrals of a person sent by the user's structures (for the person's file).</summary>
    public async Task<List<ReferralListItem>> ForPersonAsync(int beneficiaryId, CancellationToken ct) =>
        await RowsAsync((await scope.OutgoingAsync(ct)).Where(r => r.BeneficiaryId == beneficiaryId), "outgoing", null, ct);

    public async Task<ReferralDto?> GetAsync(int id, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking()
            .Include(r => r.FromStructure).Include(r => r.ToStructure).Include(r => r.ToPartnerService!.Organization).Include(r => r.History)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return null;
        }

        var sender = await scope.IsSenderAsync(referral, write: false, ct);
        if (!sender && !await scope.IsReceiverAsync(referral, ct))
        {
            return null;
        }

        return await ToDtoAsync(referral, sender ? "outgoing" : "incoming", ct);
    }

    /// <summary>The detail, recording the read of the shared personal data in the audit log.</summary>
    public async Task<ReferralDto?> ViewAsync(int id, CancellationToken ct)
    {
        var dto = await GetAsync(id, ct);
        if (dto is not null)
        {
            db.AuditView("Referral", id.ToString(CultureInfo.InvariantCulture), dto.Direction == "outgoing" ? dto.FromStructureId : dto.ToStructureId);
            await db.SaveChangesAsync(ct);
        }

        return dto;
    }

    /// <summary>What a partner's signed link shows: the same shared fields, nothing else.</summary>
    public async Task<ReferralDto> ForLinkAsync(Referral referral, CancellationToken ct)
    {
        var full = await db.Referrals.AsNoTracking()
            .Include(r => r.FromStructure).Include(r => r.ToStructure).Include(r => r.ToPartnerService!.Organization).Include(r => r.History)
            .SingleAsync(r => r.Id == referral.Id, ct);
        return await ToDtoAsync(full, "incoming", ct);
    }

    private async Task<ReferralDto> ToDtoAsync(Referral r, string direction, CancellationToken ct)
    {
        var codes = SharedFields.Parse(r.SharedFields);
        var person = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == r.BeneficiaryId, ct);
        var today = clock.Today;
        return new ReferralDto(
            r.Id, direction, direction == "outgoing" ? r.BeneficiaryId : null, r.FromStructureId, r.FromStructure!.Name, r.ToStructureId, r.ToStructure?.Name,
            r.ToPartnerServiceId, r.ToPartnerService?.Name, r.ToPartnerService?.Organization?.Name, r.Reason, r.Urgency, r.DueDate,
            codes, SharedFields.Values(person, codes), r.LegalBasis, r.ConsentId is not null, r.Status, r.DeclineReason, r.Outcome,
            r.CreatedAt, r.SentAt, r.AcceptedAt, r.CompletedAt, IsOverdue(r.Status, r.DueDate, today), IsUnanswered(r.Status, r.SentAt),
            direction == "outgoing" ? r.LinkExpiresAt : null, r.Version,
            r.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new ReferralHistoryDto(h.FromStatus, h.ToStatus, h.Note, h.At, h.ByName)).ToList());
    }

    private async Task<List<ReferralListItem>> RowsAsync(IQueryable<Referral> query, string direction, ReferralStatus? status, CancellationToken ct)
    {
        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        var rows = await query.AsNoTracking().OrderByDescending(r => r.Id).Take(500)
            .Select(r => new
            {
                r.Id, From = r.FromStructure!.Name, To = r.ToStructure != null ? r.ToStructure.Name : null,
                Service = r.ToPartnerService != null ? r.ToPartnerService.Organization!.Name + " – " + r.ToPartnerService.Name : null,
                r.SharedFields, r.Reason, r.Urgency, r.DueDate, r.Status, r.SentAt,
                Person = new { r.Beneficiary!.LastName, r.Beneficiary.FirstName },
            })
            .ToListAsync(ct);
        var today = clock.Today;
        return rows.Select(r =>
        {
            // The receiving side reads the name only when the sender shared it.
            var shared = SharedFields.Parse(r.SharedFields);
            var name = direction == "outgoing"
                ? $"{r.Person.LastName} {r.Person.FirstName}"
                : string.Join(' ', new[] { shared.Contains("lastName") ? r.Person.LastName : null, shared.Contains("firstName") ? r.Person.FirstName : null }.Where(x => x is not null));
            return new ReferralListItem(r.Id, direction, r.From, r.Service ?? r.To ?? "", name.Length == 0 ? null : name, r.Reason, r.Urgency,
                r.DueDate, r.Status, r.SentAt, IsOverdue(r.Status, r.DueDate, today), IsUnanswered(r.Status, r.SentAt));
        }).ToList();
    }

    private static bool IsOverdue(ReferralStatus status, DateOnly? due, DateOnly today) =>
        due is { } d && d < today && ReferralLifecycle.IsOpen(status);

    private bool IsUnanswered(ReferralStatus status, DateTime? sentAt) =>
        ReferralLifecycle.IsUnanswered(status) && sentAt is { } s && s < clock.UtcNow.AddDays(-UnansweredAfterDays);
}
