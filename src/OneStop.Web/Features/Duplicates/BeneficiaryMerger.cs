using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Web.Features.Duplicates;

public enum MergeStatus
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

public sealed record MergeOutcome(MergeStatus Status, int? MergeId = null, string? InvalidField = null);

/// <summary>
/// Merges two records of the same person and undoes a merge, each in one transaction. The merged
/// record stays (hidden through MergedIntoId) so that an undo can bring it back exactly.
/// </summary>
public sealed class BeneficiaryMerger(AppDbContext db, MergeAccess access, CurrentUser currentUser)
{
    public async Task<MergeOutcome> MergeAsync(int survivorId, int mergedId, IReadOnlyDictionary<string, MergeChoice> choices, CancellationToken ct)
    {
        var status = await access.CheckPairAsync(survivorId, mergedId, ct);
        if (status != MergeStatus.Done)
        {
            return new MergeOutcome(status);
        }

        if (choices.Keys.FirstOrDefault(k => MergeFields.Find(k) is null) is { } unknown)
        {
            return new MergeOutcome(MergeStatus.Invalid, InvalidField: unknown);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var survivor = await db.Beneficiaries.Include(b => b.NameKeys).SingleAsync(b => b.Id == survivorId, ct);
        var merged = await db.Beneficiaries.SingleAsync(b => b.Id == mergedId, ct);
        MergeChoice Choose(System.Reflection.PropertyInfo f) =>
            choices.FirstOrDefault(c => string.Equals(c.Key, f.Name, StringComparison.OrdinalIgnoreCase)) is { Key: not null } hit
                ? hit.Value
                : MergeFields.Default(f, survivor, merged);
        var chosen = MergeFields.All
            .Where(f => Choose(f) == MergeChoice.Merged)
            .Select(f => (Field: f, Value: f.GetValue(merged)))
            .ToList();
        var survivorLinks = await db.BeneficiaryLinks.Where(l => l.BeneficiaryId == survivorId).Select(l => l.StructureId).ToListAsync(ct);
        var links = await db.BeneficiaryLinks.Where(l => l.BeneficiaryId == mergedId).ToListAsync(ct);
        var visits = await db.Visits.Where(v => v.BeneficiaryId == mergedId).ToListAsync(ct);
        var consents = await db.Consents.Where(c => c.BeneficiaryId == mergedId).ToListAsync(ct);
        var household = await db.HouseholdMembers.Where(h => h.BeneficiaryId == mergedId).ToListAsync(ct);
        var memberRefs = await db.HouseholdMembers.Where(h => h.MemberBeneficiaryId == mergedId).ToListAsync(ct);
        var moving = links.Where(l => !survivorLinks.Contains(l.StructureId)).ToList();
        var undo = new MergeUndoData(
            MergeFields.Snapshot(survivor), merged.Amka, merged.Afm,
            [.. visits.Select(v => v.Id)], [.. consents.Select(c => c.Id)], [.. household.Select(h => h.Id)],
            [.. memberRefs.Select(h => h.Id)], [.. moving.Select(l => l.Id)], [.. links.Except(moving).Select(l => l.Id)]);

        // First free the merged record's identifiers, so that the survivor may take them (unique index).
        merged.Amka = null;
        merged.Afm = null;
        merged.MergedIntoId = survivorId;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another Coordinator merged or changed the record at the same moment (Version).
            return new MergeOutcome(MergeStatus.Conflict, null);
        }

        foreach (var (field, value) in chosen)
        {
            field.SetValue(survivor, value);
        }

        visits.ForEach(v => v.BeneficiaryId = survivorId);
        consents.ForEach(c => c.BeneficiaryId = survivorId);
        household.ForEach(h => h.BeneficiaryId = survivorId);
        memberRefs.ForEach(h => h.MemberBeneficiaryId = survivorId);
        moving.ForEach(l => l.BeneficiaryId = survivorId);
        SearchKeys.Refresh(survivor);
        var merge = new BeneficiaryMerge
        {
            SurvivorId = survivorId,
            MergedId = mergedId,
            MergedAt = db.Time.GetUtcNow().UtcDateTime,
            MergedBy = (await currentUser.GetAsync(ct)).Email,
            UndoData = JsonSerializer.Serialize(undo),
        };
        db.BeneficiaryMerges.Add(merge);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new MergeOutcome(MergeStatus.Done, merge.Id);
    }

    public async Task<MergeOutcome> UndoAsync(int mergeId, CancellationToken ct)
    {
        var merge = await db.BeneficiaryMerges.SingleOrDefaultAsync(m => m.Id == mergeId, ct);
        var status = merge is null ? MergeStatus.NotFound : await access.CheckSurvivorAsync(merge.SurvivorId, ct);
        if (status != MergeStatus.Done || merge is null)
        {
            return new MergeOutcome(status);
        }

        if (merge.UndoneAt is not null)
        {
            return new MergeOutcome(MergeStatus.Conflict, merge.Id);
        }

        var undo = JsonSerializer.Deserialize<MergeUndoData>(merge.UndoData)!;
        var (survivorId, mergedId) = (merge.SurvivorId, merge.MergedId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var survivor = await db.Beneficiaries.Include(b => b.NameKeys).SingleAsync(b => b.Id == survivorId, ct);
            MergeFields.Restore(survivor, undo.SurvivorFields);
            SearchKeys.Refresh(survivor);
            (await db.Visits.Where(v => undo.VisitIds.Contains(v.Id) && v.BeneficiaryId == survivorId).ToListAsync(ct)).ForEach(v => v.BeneficiaryId = mergedId);
            (await db.Consents.Where(c => undo.ConsentIds.Contains(c.Id) && c.BeneficiaryId == survivorId).ToListAsync(ct)).ForEach(c => c.BeneficiaryId = mergedId);
            (await db.HouseholdMembers.Where(h => undo.HouseholdIds.Contains(h.Id) && h.BeneficiaryId == survivorId).ToListAsync(ct)).ForEach(h => h.BeneficiaryId = mergedId);
            (await db.HouseholdMembers.Where(h => undo.HouseholdMemberRefIds.Contains(h.Id) && h.MemberBeneficiaryId == survivorId).ToListAsync(ct)).ForEach(h => h.MemberBeneficiaryId = mergedId);
            (await db.BeneficiaryLinks.Where(l => undo.LinkIds.Contains(l.Id) && l.BeneficiaryId == survivorId).ToListAsync(ct)).ForEach(l => l.BeneficiaryId = mergedId);
            await db.SaveChangesAsync(ct);

            var merged = await db.Beneficiaries.SingleAsync(b => b.Id == mergedId, ct);
            merged.Amka = undo.MergedAmka;
            merged.Afm = undo.MergedAfm;
            merged.MergedIntoId = null;
            merge.UndoneAt = db.Time.GetUtcNow().UtcDateTime;
            merge.UndoneBy = (await currentUser.GetAsync(ct)).Email;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // An identifier was taken by someone registered since the merge: nothing is changed.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new MergeOutcome(MergeStatus.Conflict, merge.Id);
        }

        return new MergeOutcome(MergeStatus.Done, merge.Id);
    }
}
