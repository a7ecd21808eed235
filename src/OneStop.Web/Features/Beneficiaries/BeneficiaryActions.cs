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

    /// <summary>
    /// Links the person to a structure the user works in, when both are in the same registry partition
    /// (the municipal one): the identity becomes visible there, the other structures' records do not.
    /// </summary>
    public async Task<ActionResult> LinkAsync(int id, int structureId, CancellationToken ct)
    {
        var person = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == id && b.MergedIntoId == null).Select(b => new { b.Partition }).SingleOrDefaultAsync(ct);
        if (person is null || !await people.CanWorkInAsync(structureId, ct) || person.Partition != await people.PartitionOfAsync(structureId, ct))
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
            await db.SaveChangesAsync(ct);
        }

        return new ActionResult(Outcome.Done, id);
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
