using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Duplicates;

public sealed record MergeFieldRow(PropertyInfo Field, object? SurvivorValue, object? MergedValue, MergeChoice Default)
{
    public bool Differs => !Equals(SurvivorValue, MergedValue);
}

public sealed record MergeSide(int Id, string LastName, string FirstName, int Visits, int Consents, int Links);

public sealed record MergePreview(MergeSide Survivor, MergeSide Merged, List<MergeFieldRow> Fields);

public sealed record MergeSummary(int Id, int SurvivorId, string SurvivorName, int MergedId, string MergedName, DateTime MergedAt, string? MergedBy, DateTime? UndoneAt, string? UndoneBy);

/// <summary>What the merge pages show: the two records side by side, and a merge done.</summary>
public sealed class MergeQueries(AppDbContext db, MergeAccess access)
{
    public async Task<(MergeStatus Status, MergePreview? Preview)> PreviewAsync(int survivorId, int mergedId, CancellationToken ct)
    {
        var status = await access.CheckPairAsync(survivorId, mergedId, ct);
        if (status != MergeStatus.Done)
        {
            return (status, null);
        }

        var survivor = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == survivorId, ct);
        var merged = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == mergedId, ct);
        var rows = MergeFields.All
            .Select(f => new MergeFieldRow(f, f.GetValue(survivor), f.GetValue(merged), MergeFields.Default(f, survivor, merged)))
            .ToList();
        db.AuditView("Beneficiary", survivorId.ToString(CultureInfo.InvariantCulture), null);
        db.AuditView("Beneficiary", mergedId.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        return (status, new MergePreview(await SideAsync(survivorId, ct), await SideAsync(mergedId, ct), rows));
    }

    public async Task<(MergeStatus Status, MergeSummary? Summary)> SummaryAsync(int mergeId, CancellationToken ct)
    {
        var merge = await db.BeneficiaryMerges.AsNoTracking()
            .Where(m => m.Id == mergeId)
            .Select(m => new
            {
                m.Id, m.SurvivorId, m.MergedId, m.MergedAt, m.MergedBy, m.UndoneAt, m.UndoneBy,
                Survivor = db.Beneficiaries.Where(b => b.Id == m.SurvivorId).Select(b => b.LastName + " " + b.FirstName).Single(),
                Merged = db.Beneficiaries.Where(b => b.Id == m.MergedId).Select(b => b.LastName + " " + b.FirstName).Single(),
            })
            .SingleOrDefaultAsync(ct);
        var status = merge is null ? MergeStatus.NotFound : await access.CheckSurvivorAsync(merge.SurvivorId, ct);
        return status != MergeStatus.Done || merge is null
            ? (status, null)
            : (status, new MergeSummary(merge.Id, merge.SurvivorId, merge.Survivor, merge.MergedId, merge.Merged, merge.MergedAt, merge.MergedBy, merge.UndoneAt, merge.UndoneBy));
    }

    private Task<MergeSide> SideAsync(int id, CancellationToken ct) =>
        db.Beneficiaries.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new MergeSide(b.Id, b.LastName, b.FirstName,
                db.Visits.Count(v => v.BeneficiaryId == b.Id), b.Consents.Count, b.Links.Count))
            .SingleAsync(ct);
}
