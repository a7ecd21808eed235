using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Partners;

namespace OneStop.Web.Features.Referrals;

public enum ReferralOutcome
{
    Done,
    NotFound,
    Invalid,
    Forbidden,
    IllegalTransition,
    Conflict,
}

public sealed record ReferralResult(ReferralOutcome Outcome, int? Id = null, Dictionary<string, string>? Errors = null, string? Detail = null)
{
    public static ReferralResult Invalid(string field, string message) => new(ReferralOutcome.Invalid, Errors: new() { [field] = message });
}

/// <summary>Creates referrals (with the consent gate) and moves them along the closed loop.</summary>
public sealed class ReferralWriter(
    AppDbContext db, PeopleScope people, ReferralScope scope, StructureScope structures, DirectoryScope directory,
    CurrentUser currentUser, AthensClock clock, IStringLocalizer<ReferralsResource> t)
{
    public async Task<ReferralResult> CreateAsync(ReferralFields input, CancellationToken ct)
    {
        var from = input.FromStructureId!.Value;
        var personId = input.BeneficiaryId!.Value;
        // The sender must work in the sending structure, and the person must be served by it.
        if (!await people.CanWorkInAsync(from, ct) || !await db.BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == personId && l.StructureId == from, ct)
            || !await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == personId, ct))
        {
            return new(ReferralOutcome.NotFound);
        }

        if ((input.ToStructureId is null) == (input.ToPartnerServiceId is null))
        {
            return ReferralResult.Invalid(nameof(input.ToStructureId), t["ChooseDestination"]);
        }

        var toStructure = input.ToStructureId;
        if (input.ToPartnerServiceId is { } serviceId)
        {
            var service = await (await directory.VisibleAsync(ct)).SelectMany(o => o.Services)
                .Where(s => s.Id == serviceId && s.Status == PartnerServiceStatus.Active)
                .Select(s => new { s.Id, s.Organization!.StructureId }).SingleOrDefaultAsync(ct);
            if (service is null)
            {
                return ReferralResult.Invalid(nameof(input.ToPartnerServiceId), t["UnknownDestination"]);
            }

            // A directory entry that is another OneStop structure routes to that structure's inbox.
            toStructure = service.StructureId;
        }
        else if (!await DestinationsQuery(from, await structures.VisibleStructuresAsync(ct)).AnyAsync(s => s.Id == toStructure, ct))
        {
            return ReferralResult.Invalid(nameof(input.ToStructureId), t["UnknownDestination"]);
        }

        if (input.SharedFields.FirstOrDefault(f => !SharedFields.IsKnown(f)) is { } unknown)
        {
            return ReferralResult.Invalid(nameof(input.SharedFields), t["UnknownSharedField", unknown]);
        }

        if (input.DueDate is { } due && due < clock.Today)
        {
            return ReferralResult.Invalid(nameof(input.DueDate), t["DueDateInPast"]);
        }

        var user = await currentUser.GetAsync(ct);
        var referral = new Referral
        {
            BeneficiaryId = personId,
            FromStructureId = from,
            ToStructureId = toStructure,
            ToPartnerServiceId = input.ToPartnerServiceId,
            Reason = input.Reason!.Trim(),
            Urgency = input.Urgency,
            DueDate = input.DueDate,
            SharedFields = SharedFields.Store(input.SharedFields),
            LegalBasis = string.IsNullOrWhiteSpace(input.LegalBasis) ? null : input.LegalBasis.Trim(),
            Status = ReferralStatus.Draft,
            CreatedAt = clock.UtcNow,
            CreatedBy = user.Email,
        };
        Record(referral, null, ReferralStatus.Draft, null, user.UserId, user.DisplayName);
        if (!input.Draft && await GateAsync(referral, ct) is { } refused)
        {
            return refused;
        }

        db.Referrals.Add(referral);
        if (!input.Draft)
        {
            Move(referral, ReferralStatus.Sent, null, user.UserId, user.DisplayName);
        }

        await db.SaveChangesAsync(ct);
        return new(ReferralOutcome.Done, referral.Id);
    }

    /// <summary>Structures a referral from <paramref name="from"/> may go to: the municipality's
    /// non-protected structures, and any structure the user sees.</summary>
    public IQueryable<Structure> DestinationsQuery(int from, IQueryable<Structure> visible)
    {
        var municipality = db.Structures.Where(s => s.Id == from).Select(s => s.MunicipalityId);
        return db.Structures.Where(s => s.Id != from && s.IsActive
            && ((municipality.Contains(s.MunicipalityId) && !s.IsProtected) || visible.Any(v => v.Id == s.Id)));
    }

    /// <summary>A change asked by a signed-in user of the sending or the receiving side.</summary>
    public async Task<ReferralResult> ChangeStatusAsync(int id, StatusFields input, CancellationToken ct)
    {
        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return new(ReferralOutcome.NotFound);
        }

        var sender = await scope.IsSenderAsync(referral, write: false, ct);
        var receiver = await scope.IsReceiverAsync(referral, ct);
        if (!sender && !receiver)
        {
            return new(ReferralOutcome.NotFound);
        }

        var to = input.Status!.Value;
        var side = ReferralLifecycle.SideOf(to);
        // An external partner without an account may answer by phone: the sender records it.
        var senderWrites = await scope.IsSenderAsync(referral, write: true, ct);
        var allowed = side == ReferralSide.Sender ? senderWrites : receiver || (senderWrites && referral.ToStructureId is null);
        if (!allowed)
        {
            return new(ReferralOutcome.Forbidden, Detail: t["NotYourSide"]);
        }

        var user = await currentUser.GetAsync(ct);
        return await ApplyAsync(referral, to, input.Note, user.UserId, user.DisplayName, ct);
    }

    /// <summary>A change made through a partner's signed link (already verified by the caller).</summary>
    public Task<ReferralResult> ChangeByLinkAsync(Referral referral, ReferralStatus to, string? note, string byName, CancellationToken ct) =>
        ReferralLifecycle.SideOf(to) == ReferralSide.Receiver
            ? ApplyAsync(referral, to, note, null, byName, ct)
            : Task.FromResult(new ReferralResult(ReferralOutcome.Forbidden, Detail: t["NotYourSide"]));

    /// <summary>
    /// Closes the referrals still waiting for an answer (sent or received) that were sent more than
    /// <paramref name="days"/> days ago, as "closed: no response" in their history (ADR 084).
    /// Returns how many were closed; one changed meanwhile by its users is left to them.
    /// </summary>
    public async Task<int> CloseUnansweredAsync(int days, CancellationToken ct)
    {
        var cutoff = clock.UtcNow.AddDays(-days);
        IQueryable<Referral> Expired() => db.Referrals
            .Where(r => (r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Received) && r.SentAt < cutoff);
        var ids = await Expired().OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var closed = 0;
        foreach (var id in ids)
        {
            // One at a time, read afresh: a referral answered meanwhile is no longer expired, and a
            // conflict on one (ChangeTracker cleared) must not leave the next ones untracked.
            if (await Expired().SingleOrDefaultAsync(r => r.Id == id, ct) is not { } referral)
            {
                continue;
            }

            var result = await ApplyAsync(referral, ReferralStatus.Closed, t["AutoClosedNote", days], null, t["AutoClosedBy"], ct);
            if (result.Outcome == ReferralOutcome.Done)
            {
                closed++;
            }

            db.ChangeTracker.Clear();
        }

        return closed;
    }

    private async Task<ReferralResult> ApplyAsync(Referral referral, ReferralStatus to, string? note, string? userId, string byName, CancellationToken ct)
    {
        if (!ReferralLifecycle.CanMove(referral.Status, to))
        {
            var next = ReferralLifecycle.Allowed(referral.Status);
            var list = next.Count == 0 ? t["NoFurtherSteps"].Value : string.Join(", ", next.Select(s => t["Status_" + s].Value));
            return new(ReferralOutcome.IllegalTransition, Detail: t["IllegalTransition", t["Status_" + referral.Status], t["Status_" + to], list]);
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (ReferralLifecycle.NeedsNote(to) && note is null)
        {
            return ReferralResult.Invalid(nameof(StatusFields.Note), t[to == ReferralStatus.Declined ? "DeclineReasonRequired" : "OutcomeRequired"]);
        }

        if (to == ReferralStatus.Sent && await GateAsync(referral, ct) is { } refused)
        {
            return refused;
        }

        if (referral.Status == ReferralStatus.Sent && to is ReferralStatus.Accepted or ReferralStatus.Declined)
        {
            Move(referral, ReferralStatus.Received, null, userId, byName);
        }

        Move(referral, to, note, userId, byName);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(ReferralOutcome.Conflict);
        }

        return new(ReferralOutcome.Done, referral.Id);
    }

    /// <summary>
    /// Sending personal data needs the person's consent for referral (given, not withdrawn, not
    /// expired) or a stated legal basis; otherwise the referral is refused with a message.
    /// </summary>
    private async Task<ReferralResult?> GateAsync(Referral referral, CancellationToken ct)
    {
        var today = clock.Today;
        var consent = await db.Consents.AsNoTracking()
            .Where(c => c.BeneficiaryId == referral.BeneficiaryId && c.Purpose == ConsentPurpose.Referral && c.Given
                && c.WithdrawnOn == null && c.Date <= today && (c.Expires == null || c.Expires >= today))
            .OrderByDescending(c => c.Date).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        referral.ConsentId = consent;
        return consent is null && referral.LegalBasis is null
            ? ReferralResult.Invalid(nameof(ReferralFields.LegalBasis), t["ConsentMissing"])
            : null;
    }

    private void Move(Referral referral, ReferralStatus to, string? note, string? userId, string byName)
    {
        var now = clock.UtcNow;
        Record(referral, referral.Status, to, note, userId, byName);
        referral.Status = to;
        switch (to)
        {
            case ReferralStatus.Sent:
                referral.SentAt = now;
                break;
            case ReferralStatus.Accepted:
                referral.AcceptedAt = now;
                break;
            case ReferralStatus.Declined:
                referral.DeclineReason = note;
                break;
            case ReferralStatus.Completed:
                referral.CompletedAt = now;
                referral.Outcome = note;
                break;
        }
    }

    private void Record(Referral referral, ReferralStatus? from, ReferralStatus to, string? note, string? userId, string byName) =>
        referral.History.Add(new ReferralStatusChange
        {
            FromStatus = from, ToStatus = to, Note = note, At = clock.UtcNow, ByUserId = userId, ByName = byName,
        });
}
