using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Beneficiaries;

/// <summary>Linking a person of the municipal registry to one's structure, and recording or withdrawing consents.</summary>
public sealed class BeneficiaryActions(AppDbContext db, PeopleScope people, CurrentUser currentUser, IdentifierRules rules, TimeProvider time)
{
    public enum Outcome
    {
        Done,
        NotFound,
        Forbidden,
        Invalid,
    }

    public sealed record ActionResult(Outcome Outcome, int? Id = null, List<KeyValuePair<string, string>>? Errors = null);

    /// <summary>A break-the-glass reason has at least this many characters.</summary>
    public const int MinReasonLength = 10;

    /// <summary>
    /// Links the person to a structure the user works in, when both are in the same registry partition
    /// (the municipal one): the identity becomes visible there, the other structures' records do not.
    /// A link is earned: <paramref name="proof"/> is an identifier the user holds (ΑΜΚΑ, ΑΦΜ or identity
    /// document number) that matches the person, or, without one, <paramref name="reason"/> breaks the glass:
    /// allowed, and recorded in the audit log for the structure's Coordinator and the DPO to review.
    /// A wrong proof answers exactly as an unknown id does (Invalid on "Proof"): nothing about the person is told.
    /// Breaking the glass for an id that is not in the partition is NotFound.
    /// </summary>
    public async Task<ActionResult> LinkAsync(int id, int structureId, string? proof, string? reason, CancellationToken ct)
    {
        if (!await people.CanWorkInAsync(structureId, ct))
        {
            return new ActionResult(Outcome.NotFound);
        }

        proof = Squeeze(proof);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (proof is null)
        {
            var errors = new List<KeyValuePair<string, string>>();
            if (reason is null || reason.Length < MinReasonLength)
            {
                errors.Add(new("Proof", rules.Text("LinkProofRequired")));
            }

            if (reason is { Length: < MinReasonLength })
            {
                errors.Add(new("Reason", rules.Text("LinkReasonTooShort")));
            }

            if (errors.Count > 0)
            {
                return new ActionResult(Outcome.Invalid, Errors: errors);
            }
        }

        var partition = await people.PartitionOfAsync(structureId, ct);
        var person = await db.Beneficiaries.AsNoTracking()
            .Where(b => b.Id == id && b.MergedIntoId == null && b.Partition == partition)
            .Select(b => new { b.Amka, b.Afm, b.IdDocumentNumber })
            .SingleOrDefaultAsync(ct);
        if (proof is not null && (person is null || !new[] { person.Amka, person.Afm, person.IdDocumentNumber }.Any(v => Squeeze(v) == proof)))
        {
            return new ActionResult(Outcome.Invalid, Errors: [new("Proof", rules.Text("LinkProofNoMatch"))]);
        }

        if (person is null)
        {
            return new ActionResult(Outcome.NotFound);
        }

        if (!await db.BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == id && l.StructureId == structureId, ct))
        {
            db.BeneficiaryLinks.Add(new BeneficiaryLink
            {
                BeneficiaryId = id, StructureId = structureId, Reason = LinkReason.Linked,
                LinkedAt = time.GetUtcNow().UtcDateTime, LinkedBy = (await currentUser.GetAsync(ct)).Email,
            });
            if (proof is null)
            {
                db.AuditBreakGlass(id, structureId, reason!.Length > 1000 ? reason[..1000] : reason);
            }

            await db.SaveChangesAsync(ct);
        }

        return new ActionResult(Outcome.Done, id);
    }

    /// <summary>An identifier as typed, without spaces or dashes, upper case; null when empty.</summary>
    private static string? Squeeze(string? value)
    {
        var squeezed = new string((value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return squeezed.Length == 0 ? null : squeezed;
    }

    public async Task<ActionResult> AddConsentAsync(int id, ConsentFields input, CancellationToken ct)
    {
        if (await AccessAsync(id, ct) is { } denied)
        {
            return denied;
        }

        var errors = new List<KeyValuePair<string, string>>();
        if (input.Purpose is null)
        {
            errors.Add(new(nameof(input.Purpose), rules.Text("ConsentPurposeRequired")));
        }

        if (input.Given is null)
        {
            errors.Add(new(nameof(input.Given), rules.Text("ConsentAnswerRequired")));
        }

        var date = input.Date ?? AthensTime.Today(time);
        if (input.Expires is { } expires && expires < date)
        {
            errors.Add(new(nameof(input.Expires), rules.Text("ExpiresBeforeDate")));
        }

        if (errors.Count > 0)
        {
            return new ActionResult(Outcome.Invalid, Errors: errors);
        }

        var consent = new Consent
        {
            BeneficiaryId = id, StructureId = await RecordingStructureAsync(id, ct), Purpose = input.Purpose!.Value, Given = input.Given!.Value,
            Date = date, Expires = input.Expires, RecordedBy = (await currentUser.GetAsync(ct)).Email,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync(ct);
        return new ActionResult(Outcome.Done, consent.Id);
    }

    public async Task<ActionResult> WithdrawConsentAsync(int id, int consentId, CancellationToken ct)
    {
        if (await AccessAsync(id, ct) is { } denied)
        {
            return denied;
        }

        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId && c.BeneficiaryId == id, ct);
        if (consent is null)
        {
            return new ActionResult(Outcome.NotFound);
        }

        if (consent.WithdrawnOn is null)
        {
            consent.WithdrawnOn = AthensTime.Today(time);
            await db.SaveChangesAsync(ct);
        }

        return new ActionResult(Outcome.Done, consent.Id);
    }

    private async Task<ActionResult?> AccessAsync(int id, CancellationToken ct)
    {
        if (!await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == id, ct))
        {
            return new ActionResult(Outcome.NotFound);
        }

        return await people.CanWriteAsync(id, ct) ? null : new ActionResult(Outcome.Forbidden);
    }

    private async Task<int> RecordingStructureAsync(int id, CancellationToken ct)
    {
        var write = (await people.GetAsync(ct)).Write;
        return await db.BeneficiaryLinks.Where(l => l.BeneficiaryId == id && write.Contains(l.StructureId)).OrderBy(l => l.Id).Select(l => l.StructureId).FirstAsync(ct);
    }
}
