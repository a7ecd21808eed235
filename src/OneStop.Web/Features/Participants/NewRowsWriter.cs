using System.Text.Encodings.Web;
using System.Text.Json;
using OneStop.Data;
using OneStop.Data.Auditing;
using OneStop.Data.Entities;
using ParticipationEntity = OneStop.Data.Entities.Participation;

namespace OneStop.Web.Features.Participants;

/// <summary>
/// Writes the people and participations an import creates, with their links, name keys and one
/// audit row each (as AppDbContext would write them), in multi-row INSERTs.
/// </summary>
public sealed class NewRowsWriter(AppDbContext db, IAuditActor actor)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] PersonColumns =
        ["id", "municipality_id", "partition", "last_name", "first_name", "father_name", "latin_last_name", "latin_first_name", "birth_date", "gender", "amka", "afm", "created_at", "version"];

    private static readonly string[] LinkColumns = ["id", "beneficiary_id", "structure_id", "reason", "linked_at", "linked_by"];

    private static readonly string[] ParticipationColumns =
    [
        "id", "structure_id", "beneficiary_id", "external_id", "entry_date", "gender", "birth_date", "labour_status", "unemployed_months", "isced",
        "disability", "foreign_background", "minority", "homeless", "other_disadvantaged", "third_country_national", "rural",
        "exit_date", "exit_situation", "qualification_gained", "follow_up_due", "situation6m", "improved6m", "follow_up_recorded_at",
        "created_at", "created_by", "version",
    ];

    private static readonly string[] AuditColumns = ["at", "user_id", "user_name", "action", "entity_type", "entity_id", "structure_id", "changes"];

    public async Task InsertAsync(int structureId, List<Beneficiary> people, List<ParticipationEntity> participations, DateTime now, CancellationToken ct)
    {
        if (people.Count == 0 && participations.Count == 0)
        {
            return;
        }

        var bulk = new BulkInserter(db);
        var personIds = await bulk.ReserveIdsAsync("beneficiaries", people.Count, ct);
        var links = people.SelectMany(p => p.Links.Select(l => (Person: p, Link: l))).ToList();
        var linkIds = await bulk.ReserveIdsAsync("beneficiary_links", links.Count, ct);
        var participationIds = await bulk.ReserveIdsAsync("participations", participations.Count, ct);
        for (var i = 0; i < people.Count; i++)
        {
            people[i].Id = checked((int)personIds[i]);
        }

        for (var i = 0; i < participations.Count; i++)
        {
            var p = participations[i];
            p.Id = checked((int)participationIds[i]);
            if (p.Beneficiary is { } person)
            {
                p.BeneficiaryId = person.Id;
            }
        }

        var audit = new List<object?[]>(people.Count + links.Count + participations.Count);
        await bulk.InsertAsync("beneficiaries", PersonColumns, people.Select(b => new object?[]
        {
            b.Id, b.MunicipalityId, b.Partition, b.LastName, b.FirstName, b.FatherName, b.LatinLastName, b.LatinFirstName,
            b.BirthDate, (int?)b.Gender, b.Amka, b.Afm, b.CreatedAt, 0,
        }).ToList(), ct);
        audit.AddRange(people.Select(b => Audit(now, nameof(Beneficiary), b.Id, null, new()
        {
            ["Id"] = b.Id, ["MunicipalityId"] = b.MunicipalityId, ["Partition"] = b.Partition, ["LastName"] = b.LastName, ["FirstName"] = b.FirstName,
            ["FatherName"] = b.FatherName, ["LatinLastName"] = b.LatinLastName, ["LatinFirstName"] = b.LatinFirstName,
            ["BirthDate"] = b.BirthDate, ["Gender"] = b.Gender?.ToString(), ["Amka"] = b.Amka, ["Afm"] = b.Afm,
        })));

        var linkRows = new List<object?[]>(links.Count);
        for (var i = 0; i < links.Count; i++)
        {
            var (person, link) = links[i];
            var id = checked((int)linkIds[i]);
            linkRows.Add([id, person.Id, link.StructureId, (int)link.Reason, link.LinkedAt, link.LinkedBy]);
            audit.Add(Audit(now, nameof(BeneficiaryLink), id, link.StructureId, new()
            {
                ["Id"] = id, ["BeneficiaryId"] = person.Id, ["StructureId"] = link.StructureId, ["Reason"] = link.Reason.ToString(),
            }));
        }

        await bulk.InsertAsync("beneficiary_links", LinkColumns, linkRows, ct);
        await bulk.InsertAsync("beneficiary_name_keys", ["beneficiary_id", "key", "words"], people.SelectMany(b => b.NameKeys.Select(k => new object?[] { b.Id, k.Key, k.Words })).ToList(), ct);
        await bulk.InsertAsync("beneficiary_name_pairs", ["beneficiary_id", "pair", "words"], people.SelectMany(b => b.NamePairs.Select(p => new object?[] { b.Id, p.Pair, p.Words })).ToList(), ct);
        await bulk.InsertAsync("participations", ParticipationColumns, participations.Select(p => new object?[]
        {
            p.Id, p.StructureId, p.BeneficiaryId, p.ExternalId, p.EntryDate, (int?)p.Gender, p.BirthDate, (int?)p.LabourStatus, p.UnemployedMonths, p.Isced,
            (int?)p.Disability, (int?)p.ForeignBackground, (int?)p.Minority, (int?)p.Homeless, (int?)p.OtherDisadvantaged, p.ThirdCountryNational, p.Rural,
            p.ExitDate, (int?)p.ExitSituation, p.QualificationGained, p.FollowUpDue, (int?)p.Situation6m, p.Improved6m, p.FollowUpRecordedAt,
            p.CreatedAt, p.CreatedBy, 0,
        }).ToList(), ct);
        audit.AddRange(participations.Select(p => Audit(now, typeof(ParticipationEntity).Name, p.Id, structureId, new()
        {
            ["Id"] = p.Id, ["StructureId"] = p.StructureId, ["BeneficiaryId"] = p.BeneficiaryId, ["ExternalId"] = p.ExternalId, ["EntryDate"] = p.EntryDate,
            ["Gender"] = p.Gender?.ToString(), ["BirthDate"] = p.BirthDate, ["LabourStatus"] = p.LabourStatus?.ToString(), ["UnemployedMonths"] = p.UnemployedMonths,
            ["Isced"] = p.Isced, ["Disability"] = p.Disability?.ToString(), ["ForeignBackground"] = p.ForeignBackground?.ToString(),
            ["Minority"] = p.Minority?.ToString(), ["Homeless"] = p.Homeless?.ToString(), ["OtherDisadvantaged"] = p.OtherDisadvantaged?.ToString(),
            ["ThirdCountryNational"] = p.ThirdCountryNational, ["Rural"] = p.Rural, ["ExitDate"] = p.ExitDate, ["ExitSituation"] = p.ExitSituation?.ToString(),
            ["QualificationGained"] = p.QualificationGained, ["FollowUpDue"] = p.FollowUpDue, ["Situation6m"] = p.Situation6m?.ToString(), ["Improved6m"] = p.Improved6m,
        })));
        await bulk.InsertAsync("audit_entries", AuditColumns, audit, ct);
    }

    private object?[] Audit(DateTime at, string type, int id, int? structureId, Dictionary<string, object?> values) =>
    [
        at, actor.UserId, actor.UserName, (int)AuditAction.Insert, type, id.ToString(System.Globalization.CultureInfo.InvariantCulture), structureId,
        JsonSerializer.Serialize(values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => new Dictionary<string, object?> { ["old"] = null, ["new"] = v.Value }), Json),
    ];
}
