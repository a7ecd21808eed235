using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Reports;

/// <summary>The sections of the data-quality report, by their API names.</summary>
public static class QualitySections
{
    public const string IncompleteEntry = "incomplete_entry", IncompleteExit = "incomplete_exit",
        InvalidAmka = "invalid_amka", InvalidAfm = "invalid_afm", AmkaBirthDate = "amka_birth_date",
        DuplicateAmka = "duplicate_amka", DuplicateAfm = "duplicate_afm", DuplicateDocument = "duplicate_document",
        ConsentsExpiring = "consents_expiring", ConsentsExpired = "consents_expired", FollowUpsOverdue = "follow_ups_overdue";

    public static readonly IReadOnlyList<string> All =
    [
        IncompleteEntry, IncompleteExit, InvalidAmka, InvalidAfm, AmkaBirthDate, DuplicateAmka, DuplicateAfm, DuplicateDocument,
        ConsentsExpiring, ConsentsExpired, FollowUpsOverdue,
    ];

    /// <summary>The resource key of a section's title ("Section_incomplete_entry").</summary>
    public static string TitleKey(string section) => "Section_" + section;
}

/// <summary>
/// One record to fix: the person, the record (participation or consent, when the problem is on one),
/// what is missing, the offending value (an identifier, a consent's purpose) and the date that matters
/// (expiry, follow-up due), with the address of the form that fixes it.
/// </summary>
public sealed record QualityItem(
    int BeneficiaryId, string LastName, string FirstName, int? StructureId, int? RecordId,
    IReadOnlyList<string> Missing, string? Value, DateOnly? Date, string FixUrl);

public sealed record QualitySection(string Section, int Total, IReadOnlyList<QualityItem> Items, int Page, int PageSize);

public sealed record QualitySummary(int? StructureId, int ConsentDays, IReadOnlyList<QualitySection> Sections, int? LikelyDuplicates);

/// <summary>What every section reads: the people linked to the chosen structures and those structures' participations, merged records left out.</summary>
internal static class QualityQueries
{
    public static IQueryable<Beneficiary> People(AppDbContext db, IReadOnlyCollection<int> structures) =>
        db.Beneficiaries.AsNoTracking().Where(b => b.MergedIntoId == null && b.Links.Any(l => structures.Contains(l.StructureId)));

    public static IQueryable<OneStop.Data.Entities.Participation> Participations(AppDbContext db, IReadOnlyCollection<int> structures) =>
        db.Participations.AsNoTracking().Where(p => structures.Contains(p.StructureId) && p.Beneficiary!.MergedIntoId == null);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
