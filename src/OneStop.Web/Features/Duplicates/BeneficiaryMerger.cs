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

    /// <summary>Both records hold something that exists once per person (a case in one structure …).</summary>
    Blocked,
}

public sealed record MergeOutcome(MergeStatus Status, int? MergeId = null, string? InvalidField = null, string? BlockedBy = null);

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

        if (await OncePerPersonClashAsync(survivorId, mergedId, ct) is { } clash)
        {
            return new MergeOutcome(MergeStatus.Blocked, BlockedBy: clash);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var mergeId = await MergeInTransactionAsync(survivorId, mergedId, choices, ct);
            if (mergeId is null)
            {
                await transaction.RollbackAsync(ct);
                return new MergeOutcome(MergeStatus.Conflict);
            }

            await transaction.CommitAsync(ct);
            return new MergeOutcome(MergeStatus.Done, mergeId);
        }
        catch (Exception e) when (WriteConflicts.Is(e))
        {
            // Another Coordinator merged or changed one of the records at the same moment: the
            // version check (or the database's lock) refuses the second writer; nothing is kept.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new MergeOutcome(MergeStatus.Conflict);
        }
    }

    /// <summary>The merge itself; null when either record was merged meanwhile.</summary>
    private async Task<int?> MergeInTransactionAsync(int survivorId, int mergedId, IReadOnlyDictionary<string, MergeChoice> choices, CancellationToken ct)
    {
        var survivor = await db.Beneficiaries.Include(b => b.NameKeys).Include(b => b.NamePairs).SingleAsync(b => b.Id == survivorId, ct);
        var merged = await db.Beneficiaries.SingleAsync(b => b.Id == mergedId, ct);
        if (survivor.MergedIntoId is not null || merged.MergedIntoId is not null)
        {
            return null;
        }

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
        var before = MergeFields.Snapshot(survivor);

        // First free the merged record's identifiers, so that the survivor may take them (unique index).
        // The merged record's version is checked here: a second, simultaneous merge fails now.
        var (mergedAmka, mergedAfm) = (merged.Amka, merged.Afm);
        merged.Amka = null;
        merged.Afm = null;
        merged.MergedIntoId = survivorId;
        await db.SaveChangesAsync(ct);

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
        var moved = await MovePersonRowsAsync(mergedId, survivorId, null, ct);

        // "Not the same person" said of the merged record now holds for the survivor too.
        var dismissed = await db.DuplicateDismissals.AsNoTracking()
            .Where(d => d.FirstId == mergedId || d.SecondId == mergedId)
            .ToListAsync(ct);
        var alreadyDismissed = await db.DuplicateDismissals.AsNoTracking()
            .Where(d => d.FirstId == survivorId || d.SecondId == survivorId)
            .Select(d => d.FirstId == survivorId ? d.SecondId : d.FirstId)
            .ToListAsync(ct);
        var addedDismissals = dismissed
            .Select(d => (Other: d.FirstId == mergedId ? d.SecondId : d.FirstId, d.DismissedBy))
            .Where(d => d.Other != survivorId && !alreadyDismissed.Contains(d.Other))
            .DistinctBy(d => d.Other)
            .Select(d => new DuplicateDismissal
            {
                FirstId = Math.Min(survivorId, d.Other),
                SecondId = Math.Max(survivorId, d.Other),
                DismissedAt = db.Time.GetUtcNow().UtcDateTime,
                DismissedBy = d.DismissedBy,
            })
            .ToList();
        db.DuplicateDismissals.AddRange(addedDismissals);
        await db.SaveChangesAsync(ct);

        var undo = new MergeUndoData(
            before, mergedAmka, mergedAfm,
            [.. visits.Select(v => v.Id)], [.. consents.Select(c => c.Id)], [.. household.Select(h => h.Id)],
            [.. memberRefs.Select(h => h.Id)], [.. moving.Select(l => l.Id)], [.. links.Except(moving).Select(l => l.Id)],
            MergeFields.Snapshot(survivor), [.. addedDismissals.Select(d => d.Id)], moved);
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
        return merge.Id;
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
            // The merged record first, with its version checked: a second, simultaneous undo fails
            // here. An undo after the survivor was itself merged away would be partial: refused.
            var merged = await db.Beneficiaries.SingleAsync(b => b.Id == mergedId, ct);
            var survivor = await db.Beneficiaries.Include(b => b.NameKeys).Include(b => b.NamePairs).SingleAsync(b => b.Id == survivorId, ct);
            if (merged.MergedIntoId != survivorId || survivor.MergedIntoId is not null)
            {
                await transaction.RollbackAsync(ct);
                return new MergeOutcome(MergeStatus.Conflict, merge.Id);
            }

            merged.MergedIntoId = null;
            await db.SaveChangesAsync(ct);

            MergeFields.Restore(survivor, undo.SurvivorFields, undo.SurvivorFieldsAfter);
            SearchKeys.Refresh(survivor);
            (await db.Visits.Where(v => undo.VisitIds.Contains(v.Id) && v.BeneficiaryId == survivorId).ToListAsync(ct)).ForEach(v => v.BeneficiaryId = mergedId);
            (await db.Consents.Where(c => undo.ConsentIds.Contains(c.Id) && c.BeneficiaryId == survivorId).ToListAsync(ct)).ForEach(c => c.BeneficiaryId = mergedId);
            (await db.HouseholdMembers.Where(h => undo.HouseholdIds.Contains(h.Id) && h.BeneficiaryId == survivorId).ToListAsync(ct)).ForEach(h => h.BeneficiaryId = mergedId);
            (await db.HouseholdMembers.Where(h => undo.HouseholdMemberRefIds.Contains(h.Id) && h.MemberBeneficiaryId == survivorId).ToListAsync(ct)).ForEach(h => h.MemberBeneficiaryId = mergedId);
            (await db.BeneficiaryLinks.Where(l => undo.LinkIds.Contains(l.Id) && l.BeneficiaryId == survivorId).ToListAsync(ct)).ForEach(l => l.BeneficiaryId = mergedId);
            await MovePersonRowsAsync(survivorId, mergedId, undo.Moved ?? [], ct);
            var addedDismissals = undo.AddedDismissalIds ?? [];
            db.DuplicateDismissals.RemoveRange(await db.DuplicateDismissals.Where(d => addedDismissals.Contains(d.Id)).ToListAsync(ct));
            await db.SaveChangesAsync(ct);

            merged.Amka = undo.MergedAmka;
            merged.Afm = undo.MergedAfm;
            merge.UndoneAt = db.Time.GetUtcNow().UtcDateTime;
            merge.UndoneBy = (await currentUser.GetAsync(ct)).Email;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (WriteConflicts.Is(e))
        {
            // An identifier was taken by someone registered since the merge, or another undo ran at
            // the same moment: nothing is changed.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new MergeOutcome(MergeStatus.Conflict, merge.Id);
        }

        return new MergeOutcome(MergeStatus.Done, merge.Id);
    }

    /// <summary>
    /// What a person may hold once: a case per structure, a participation per structure and entry
    /// date, a place on an eligibility list. When both records hold one, the merge is refused
    /// (the users settle which to keep) instead of breaking the rule. Null when there is no clash.
    /// </summary>
    private async Task<string?> OncePerPersonClashAsync(int survivorId, int mergedId, CancellationToken ct)
    {
        var ids = new[] { survivorId, mergedId };
        if (await db.Cases.Where(c => ids.Contains(c.BeneficiaryId)).GroupBy(c => c.StructureId).AnyAsync(g => g.Count() > 1, ct))
        {
            return "cases";
        }

        if (await db.Participations.Where(p => ids.Contains(p.BeneficiaryId)).GroupBy(p => new { p.StructureId, p.EntryDate }).AnyAsync(g => g.Count() > 1, ct))
        {
            return "participations";
        }

        return await db.EligibleHouseholds.Where(h => ids.Contains(h.BeneficiaryId)).GroupBy(h => h.ListId).AnyAsync(g => g.Count() > 1, ct)
            ? "eligibleHouseholds"
            : null;
    }

    /// <summary>
    /// Re-points the rows of the later features (cases, appointments, ESF participations, referrals,
    /// activity attendance, eligibility lists, distributions) from one record to the other. With
    /// <paramref name="only"/> (an undo) just the rows the merge moved, and only if still there.
    /// Returns the ids moved by table.
    /// </summary>
    private async Task<Dictionary<string, List<long>>> MovePersonRowsAsync(int from, int to, Dictionary<string, List<long>>? only, CancellationToken ct)
    {
        var moved = new Dictionary<string, List<long>>();
        List<int> Ints(string table) => [.. (only?.GetValueOrDefault(table) ?? []).Select(i => (int)i)];
        List<long> Longs(string table) => only?.GetValueOrDefault(table) ?? [];

        async Task Move<T>(string table, IQueryable<T> rows, Func<T, long> id, Action<T> repoint)
        {
            var list = await rows.ToListAsync(ct);
            list.ForEach(repoint);
            moved[table] = [.. list.Select(id)];
        }

        var all = only is null;
        var cases = Ints("cases");
        await Move("cases", db.Cases.Where(c => c.BeneficiaryId == from && (all || cases.Contains(c.Id))), c => c.Id, c => c.BeneficiaryId = to);
        var appointments = Longs("appointments");
        await Move("appointments", db.Appointments.Where(a => a.BeneficiaryId == from && (all || appointments.Contains(a.Id))), a => a.Id, a => a.BeneficiaryId = to);
        var participations = Ints("participations");
        await Move("participations", db.Participations.Where(p => p.BeneficiaryId == from && (all || participations.Contains(p.Id))), p => p.Id, p => p.BeneficiaryId = to);
        var referrals = Ints("referrals");
        await Move("referrals", db.Referrals.Where(r => r.BeneficiaryId == from && (all || referrals.Contains(r.Id))), r => r.Id, r => r.BeneficiaryId = to);
        var attendance = Ints("sessionAttendance");
        await Move("sessionAttendance", db.SessionAttendance.Where(a => a.BeneficiaryId == from && (all || attendance.Contains(a.Id))), a => a.Id, a => a.BeneficiaryId = to);
        var households = Ints("eligibleHouseholds");
        await Move("eligibleHouseholds", db.EligibleHouseholds.Where(h => h.BeneficiaryId == from && (all || households.Contains(h.Id))), h => h.Id, h => h.BeneficiaryId = to);
        var distributions = Longs("distributions");
        await Move("distributions", db.Distributions.Where(d => d.BeneficiaryId == from && (all || distributions.Contains(d.Id))), d => d.Id, d => d.BeneficiaryId = to);
        return moved;
    }
}
