using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;
using ParticipationEntity = OneStop.Data.Entities.Participation;

namespace OneStop.Web.Features.Participants;

public sealed record ImportPreviewRow(int Row, string Name, DateOnly EntryDate, string Action, bool NewPerson);

public sealed record ImportOutcome(bool NotFound, string? FileError, List<ImportError> Errors, int Created, int Updated, int Rows, List<ImportPreviewRow> Preview)
{
    public bool Succeeded => !NotFound && FileError is null && Errors.Count == 0;
}

/// <summary>
/// Imports the participant template into one structure, all or nothing (ADR 021). A first pass
/// streams the file and checks every row; only a clean file is read again and written, in
/// batches, inside one transaction. Without <c>commit</c> the transaction is rolled back: that is
/// the preview, with exactly the counts the import would give.
/// </summary>
public sealed class ParticipantImporter(AppDbContext db, ParticipationAccess access, PeopleScope people, CurrentUser currentUser, AthensClock clock, NewRowsWriter writer, IStringLocalizer<ParticipantsResource> t)
{
    public const int BatchSize = 1000;
    private const int PreviewRows = 100;

    public async Task<ImportOutcome> ImportAsync(int structureId, Stream file, string fileName, bool commit, CancellationToken ct)
    {
        if (!await access.CanWriteAsync(structureId, ct))
        {
            return new ImportOutcome(true, null, [], 0, 0, 0, []);
        }

        var template = new ImportTemplate(k => t[k]);
        ImportFileReader.Kind kind;
        var errors = new List<ImportError>();
        int rows;
        try
        {
            kind = ImportFileReader.Detect(file, fileName, k => t[k]);
            rows = Check(file, kind, template, errors);
        }
        catch (ImportFileException e)
        {
            return new ImportOutcome(false, e.Message, [], 0, 0, 0, []);
        }

        if (errors.Count > 0 || rows == 0)
        {
            if (rows == 0 && errors.Count == 0)
            {
                errors.Add(new ImportError(2, "", t["NoRows"]));
            }

            return new ImportOutcome(false, null, errors, 0, 0, rows, []);
        }

        var run = new Run(structureId, await people.PartitionOfAsync(structureId, ct),
            await db.Structures.Where(s => s.Id == structureId).Select(s => s.MunicipalityId).SingleAsync(ct),
            (await currentUser.GetAsync(ct)).Email, clock.UtcNow);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var map = template.MapHeader(ImportFileReader.Rows(file, kind, k => t[k]).First().Cells, [])!;
        var batch = new List<ParticipantRow>(BatchSize);
        foreach (var (number, cells) in ImportFileReader.Rows(file, kind, k => t[k]).Skip(1))
        {
            batch.Add(template.Parse(number, cells, map, errors)!);
            if (batch.Count == BatchSize)
            {
                await WriteBatchAsync(run, batch, errors, ct);
                batch.Clear();
            }
        }

        await WriteBatchAsync(run, batch, errors, ct);
        if (errors.Count > 0)
        {
            return new ImportOutcome(false, null, errors, 0, 0, rows, []);
        }

        if (commit)
        {
            await transaction.CommitAsync(ct);
        }
        else
        {
            await transaction.RollbackAsync(ct);
        }

        return new ImportOutcome(false, null, [], run.Created, run.Updated, rows, run.Preview);
    }

    /// <summary>The first pass: header, then every row; also a participation given twice in one file.</summary>
    private int Check(Stream file, ImportFileReader.Kind kind, ImportTemplate template, List<ImportError> errors)
    {
        int[]? map = null;
        var rows = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, cells) in ImportFileReader.Rows(file, kind, k => t[k]))
        {
            if (map is null)
            {
                map = template.MapHeader(cells, errors);
                if (map is null)
                {
                    return 0;
                }

                continue;
            }

            rows++;
            if (template.Parse(number, cells, map, errors) is { } row && PersonKey(row) is { } key
                && !seen.TryAdd($"{key}|{row.EntryDate:yyyy-MM-dd}", number))
            {
                errors.Add(new ImportError(number, "entry_date", string.Format(System.Globalization.CultureInfo.CurrentCulture, t["DuplicateRow"], seen[$"{key}|{row.EntryDate:yyyy-MM-dd}"])));
            }
        }

        return rows;
    }

    private static string? PersonKey(ParticipantRow row) =>
        row.Amka is not null ? "a:" + row.Amka : row.Afm is not null ? "f:" + row.Afm : row.ExternalId is not null ? "e:" + row.ExternalId : null;

    private sealed class Run(int structureId, string partition, int municipalityId, string user, DateTime now)
    {
        public int StructureId { get; } = structureId;
        public string Partition { get; } = partition;
        public int MunicipalityId { get; } = municipalityId;
        public string User { get; } = user;
        public DateTime Now { get; } = now;
        public int Created { get; set; }
        public int Updated { get; set; }
        public List<ImportPreviewRow> Preview { get; } = [];
    }

    private sealed record Owner(int Id, string? Amka, string? Afm);

    private async Task WriteBatchAsync(Run run, List<ParticipantRow> batch, List<ImportError> errors, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var amkas = batch.Where(r => r.Amka != null).Select(r => r.Amka!).Distinct().ToList();
        var afms = batch.Where(r => r.Afm != null).Select(r => r.Afm!).Distinct().ToList();
        var externalIds = batch.Where(r => r.ExternalId != null).Select(r => r.ExternalId!).Distinct().ToList();
        var byAmka = (await db.Beneficiaries.AsNoTracking().Where(b => b.Partition == run.Partition && amkas.Contains(b.Amka!))
            .Select(b => new { b.Amka, Owner = new Owner(b.MergedIntoId ?? b.Id, b.Amka, b.Afm) }).ToListAsync(ct))
            .ToDictionary(x => x.Amka!, x => x.Owner);
        var byAfm = (await db.Beneficiaries.AsNoTracking().Where(b => b.Partition == run.Partition && afms.Contains(b.Afm!))
            .Select(b => new { b.Afm, Owner = new Owner(b.MergedIntoId ?? b.Id, b.Amka, b.Afm) }).ToListAsync(ct))
            .ToDictionary(x => x.Afm!, x => x.Owner);
        var byExternalId = (await db.Participations.AsNoTracking().Where(p => p.StructureId == run.StructureId && externalIds.Contains(p.ExternalId!))
            .Select(p => new { p.ExternalId, p.BeneficiaryId }).ToListAsync(ct))
            .GroupBy(x => x.ExternalId!).ToDictionary(g => g.Key, g => g.First().BeneficiaryId);

        // Who each row is: an existing person's id, or a person this batch registers.
        var resolved = new List<(ParticipantRow Row, int? Id, Beneficiary? New)>(batch.Count);
        var newPeople = new Dictionary<string, Beneficiary>(StringComparer.Ordinal);
        foreach (var row in batch)
        {
            var amkaOwner = row.Amka is null ? null : byAmka.GetValueOrDefault(row.Amka);
            var afmOwner = row.Afm is null ? null : byAfm.GetValueOrDefault(row.Afm);
            if (amkaOwner is not null && afmOwner is not null && amkaOwner.Id != afmOwner.Id)
            {
                errors.Add(new ImportError(row.Number, "afm", t["AfmOfAnotherPerson"]));
                continue;
            }

            var owner = amkaOwner ?? afmOwner;
            if (owner is not null && row.Amka is not null && owner.Amka is not null && owner.Amka != row.Amka)
            {
                errors.Add(new ImportError(row.Number, "amka", t["AmkaDiffersFromRegistry"]));
                continue;
            }

            int? id = owner?.Id ?? (row.Amka is null && row.Afm is null && row.ExternalId is not null && byExternalId.TryGetValue(row.ExternalId, out var e) ? e : null);
            if (id is not null)
            {
                resolved.Add((row, id, null));
                continue;
            }

            var keys = new[] { row.Amka is null ? null : "a:" + row.Amka, row.Afm is null ? null : "f:" + row.Afm, row.ExternalId is null ? null : "e:" + row.ExternalId }
                .Where(k => k is not null).Select(k => k!).ToList();
            var person = keys.Select(k => newPeople.GetValueOrDefault(k)).FirstOrDefault(p => p is not null) ?? NewPerson(run, row);
            foreach (var key in keys)
            {
                newPeople.TryAdd(key, person);
            }

            resolved.Add((row, null, person));
        }

        var ids = resolved.Where(r => r.Id is not null).Select(r => r.Id!.Value).Distinct().ToList();
        var linked = (await db.BeneficiaryLinks.AsNoTracking().Where(l => l.StructureId == run.StructureId && ids.Contains(l.BeneficiaryId))
            .Select(l => l.BeneficiaryId).ToListAsync(ct)).ToHashSet();
        var existingPeople = await db.Beneficiaries.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var participations = (await db.Participations.Where(p => p.StructureId == run.StructureId && ids.Contains(p.BeneficiaryId)).ToListAsync(ct))
            .ToDictionary(p => (p.BeneficiaryId, p.EntryDate));

        // Changes to what exists go through EF (and its audit); new rows are inserted in bulk below.
        var created = new List<ParticipationEntity>();
        foreach (var (row, id, newPerson) in resolved)
        {
            ParticipationEntity? participation = null;
            if (id is { } personId)
            {
                var person = existingPeople[personId];
                FillEmpty(person, row);
                if (linked.Add(personId))
                {
                    db.BeneficiaryLinks.Add(new BeneficiaryLink { BeneficiaryId = personId, StructureId = run.StructureId, Reason = LinkReason.Linked, LinkedAt = run.Now, LinkedBy = run.User });
                }

                participation = participations.GetValueOrDefault((personId, row.EntryDate));
            }

            string action;
            if (participation is null)
            {
                participation = new ParticipationEntity
                {
                    StructureId = run.StructureId, EntryDate = row.EntryDate, CreatedAt = run.Now, CreatedBy = run.User,
                    BeneficiaryId = id ?? 0, Beneficiary = newPerson,
                };
                Apply(participation, row, run.Now);
                created.Add(participation);
                run.Created++;
                action = "created";
            }
            else if (Apply(participation, row, run.Now))
            {
                run.Updated++;
                action = "updated";
            }
            else
            {
                action = "unchanged";
            }

            if (run.Preview.Count < PreviewRows)
            {
                run.Preview.Add(new ImportPreviewRow(row.Number, $"{row.LastName} {row.FirstName}", row.EntryDate, action, newPerson is not null));
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await writer.InsertAsync(run.StructureId, newPeople.Values.Distinct().ToList(), created, run.Now, ct);
    }

    private static Beneficiary NewPerson(Run run, ParticipantRow row)
    {
        var person = new Beneficiary
        {
            MunicipalityId = run.MunicipalityId, Partition = run.Partition, CreatedAt = run.Now,
            LastName = row.LastName, FirstName = row.FirstName, FatherName = row.FatherName,
            LatinLastName = OneStop.Web.Domain.Elot743.Transliterate(row.LastName).ToUpperInvariant(),
            LatinFirstName = OneStop.Web.Domain.Elot743.Transliterate(row.FirstName).ToUpperInvariant(),
            BirthDate = row.BirthDate, Gender = row.Gender, Amka = row.Amka, Afm = row.Afm,
        };
        person.Links.Add(new BeneficiaryLink { StructureId = run.StructureId, Reason = LinkReason.Registered, LinkedAt = run.Now, LinkedBy = run.User });
        OneStop.Web.Features.Beneficiaries.SearchKeys.Refresh(person);
        return person;
    }

    /// <summary>The registry's identity wins; the file only fills what the registry lacks.</summary>
    private static void FillEmpty(Beneficiary person, ParticipantRow row)
    {
        person.BirthDate ??= row.BirthDate;
        person.Gender ??= row.Gender;
        person.Amka ??= row.Amka;
        person.Afm ??= row.Afm;
        person.FatherName ??= row.FatherName;
    }

    /// <summary>Sets the row's values; true when anything changed.</summary>
    private static bool Apply(ParticipationEntity p, ParticipantRow r, DateTime now)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> set)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                set(value);
                changed = true;
            }
        }

        if (r.ExternalId is not null)
        {
            Set(p.ExternalId, r.ExternalId, v => p.ExternalId = v);
        }

        Set(p.Gender, r.Gender, v => p.Gender = v);
        Set(p.BirthDate, r.BirthDate, v => p.BirthDate = v);
        Set(p.LabourStatus, r.LabourStatus, v => p.LabourStatus = v);
        Set(p.UnemployedMonths, r.UnemployedMonths, v => p.UnemployedMonths = v);
        Set(p.Isced, r.Isced, v => p.Isced = v);
        Set(p.Disability, r.Disability, v => p.Disability = v);
        Set(p.ThirdCountryNational, r.ThirdCountryNational, v => p.ThirdCountryNational = v);
        Set(p.ForeignBackground, r.ForeignBackground, v => p.ForeignBackground = v);
        Set(p.Minority, r.Minority, v => p.Minority = v);
        Set(p.Homeless, r.Homeless, v => p.Homeless = v);
        Set(p.OtherDisadvantaged, r.OtherDisadvantaged, v => p.OtherDisadvantaged = v);
        Set(p.Rural, r.Rural, v => p.Rural = v);
        Set(p.ExitDate, r.ExitDate, v => p.ExitDate = v);
        Set(p.FollowUpDue, Completeness.FollowUpDue(r.ExitDate), v => p.FollowUpDue = v);
        Set(p.ExitSituation, r.ExitSituation, v => p.ExitSituation = v);
        Set(p.QualificationGained, r.QualificationGained, v => p.QualificationGained = v);
        var followUpChanged = p.Situation6m != r.Situation6m || p.Improved6m != r.Improved6m;
        Set(p.Situation6m, r.Situation6m, v => p.Situation6m = v);
        Set(p.Improved6m, r.Improved6m, v => p.Improved6m = v);
        if (followUpChanged)
        {
            p.FollowUpRecordedAt = r.Situation6m is null && r.Improved6m is null ? null : now;
        }

        return changed;
    }
}
