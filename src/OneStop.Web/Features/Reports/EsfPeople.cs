using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Auditing;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Features.Reports;

/// <summary>One cell of the ESF table: the report's parameters, a code (an indicator, <c>participants</c> or <c>incomplete</c>) and a gender (null: the total).</summary>
public sealed record EsfCell(EsfRequest Request, string Code, Gender? Gender)
{
    public static readonly IReadOnlyDictionary<string, Gender> Genders = new Dictionary<string, Gender>(StringComparer.Ordinal)
    {
        ["female"] = OneStop.Vocabulary.Gender.Female,
        ["male"] = OneStop.Vocabulary.Gender.Male,
        ["non_binary"] = OneStop.Vocabulary.Gender.NonBinary,
    };

    public static string? GenderName(Gender? gender) => gender is { } g ? Genders.First(x => x.Value == g).Key : null;

    /// <summary>The cell, or the errors keyed by field name (framework, from, to, code, gender).</summary>
    public static (EsfCell? Cell, Dictionary<string, string[]> Errors) Parse(string? framework, string? from, string? to, string? code, string? gender, IStringLocalizer<ReportsResource> t)
    {
        var (request, errors) = EsfRequest.Parse(framework, from, to, t);
        var fw = framework switch { EsfRequest.Framework2014 => EsfFramework.Esf2014, EsfRequest.Framework2021 => EsfFramework.Esf2021, _ => (EsfFramework?)null };
        var known = code is EsfIndicators.ParticipantsCell or EsfIndicators.IncompleteCell
            || (fw is { } f && EsfRules.For(f).Any(i => i.Code == code));
        if (!known && !errors.ContainsKey("framework"))
        {
            errors["code"] = [t["CellCodeInvalid"]];
        }

        Gender? g = null;
        if (!string.IsNullOrEmpty(gender))
        {
            if (Genders.TryGetValue(gender, out var parsed))
            {
                g = parsed;
            }
            else
            {
                errors["gender"] = [t["CellGenderInvalid"]];
            }
        }

        return errors.Count > 0 || request is null ? (null, errors) : (new EsfCell(request, code!, g), errors);
    }

    /// <summary>The cell's parameters as a query string (for links).</summary>
    public string Query(int? structureId) => string.Join("&", new[]
    {
        "framework=" + EsfRequest.Name(Request.Framework),
        "from=" + Request.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "to=" + Request.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        structureId is null ? null : "structureId=" + structureId.Value.ToString(CultureInfo.InvariantCulture),
        "code=" + Uri.EscapeDataString(Code),
        Gender is null ? null : "gender=" + GenderName(Gender),
    }.Where(p => p is not null));
}

/// <summary>One participant behind a cell, with what the list shows and links to.</summary>
public sealed record EsfPerson(int BeneficiaryId, string LastName, string FirstName, int StructureId, string StructureName,
    DateOnly EntryDate, DateOnly? ExitDate, Gender? Gender, int EntryParticipationId, int? ExitParticipationId);

public sealed record EsfPersonPage(List<EsfPerson> Items, int Total, int Page, int PageSize);

/// <summary>
/// The drill-down of the ESF table (ADR 072): the participants a cell counts, found with the very
/// expression the count uses, for the users who may see those structures' people (their
/// Coordinator; the municipality's Supervisor, read-only). An Auditor, who sees aggregates only,
/// gets nothing (404). Every page listed is a view of personal data and is audited.
/// </summary>
public sealed class EsfPeople(AppDbContext db, EsfIndicators esf, ReportScope scope, ParticipationAccess participations, IAuditActor actor)
{
    public const int MaxPageSize = 200;

    /// <summary>True when the user may see the people of every one of these structures (not only their numbers).</summary>
    public async Task<bool> MaySeeAsync(IReadOnlyCollection<int> structures, CancellationToken ct)
    {
        if (structures.Count == 0 || !await scope.SeesPeopleAsync(structures, ct))
        {
            return false;
        }

        foreach (var s in structures)
        {
            if (!await participations.CanReadAsync(s, ct))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The rows of a cell: the participants it counts, in the given structures.</summary>
    public IQueryable<EsfRow> Rows(EsfCell cell, IReadOnlyCollection<int> structures)
    {
        var period = new EsfPeriod(cell.Request.From, cell.Request.To);
        var rows = esf.Participants(structures).Where(EsfIndicators.CellRule(cell.Request.Framework, cell.Code, period)!);
        return cell.Gender is { } g ? rows.Where(EsfIndicators.OfGender(g)) : rows;
    }

    /// <summary>A page of the participants behind a cell, by name; audited as one view listing the people shown.</summary>
    public async Task<EsfPersonPage> ListAsync(EsfCell cell, IReadOnlyCollection<int> structures, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var rows = Rows(cell, structures);
        var total = await rows.CountAsync(ct);
        var people =
            from r in rows
            join b in db.Beneficiaries on r.BeneficiaryId equals b.Id
            join s in db.Structures on r.StructureId equals s.Id
            orderby b.LastName, b.FirstName, r.BeneficiaryId, r.StructureId
            select new EsfPerson(r.BeneficiaryId, b.LastName, b.FirstName, r.StructureId, s.Name, r.EntryDate, r.ExitDate, r.Gender, r.FirstId, r.LastId);
        var items = await people.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);

        Audit("EsfParticipants", Describe(cell, structures, page), structures, new()
        {
            ["page"] = page,
            ["total"] = total,
            ["beneficiaries"] = items.Select(i => i.BeneficiaryId).ToArray(),
        });
        await db.SaveChangesAsync(ct);
        return new EsfPersonPage(items, total, page, pageSize);
    }

    /// <summary>What was looked at, readable in the audit log: framework, period, cell, gender.</summary>
    public static string Describe(EsfCell cell, IReadOnlyCollection<int> structures, int? page = null) =>
        Describe(cell.Request, structures) + " " + cell.Code + " " + (EsfCell.GenderName(cell.Gender) ?? "all") + (page is null ? "" : " p" + page.Value.ToString(CultureInfo.InvariantCulture));

    public static string Describe(EsfRequest request, IReadOnlyCollection<int> structures) => string.Create(CultureInfo.InvariantCulture,
        $"{EsfRequest.Name(request.Framework)} {request.From:yyyy-MM-dd}/{request.To:yyyy-MM-dd} {(structures.Count == 1 ? "s" + structures.First() : "s*")}");

    /// <summary>Adds a view of personal data to the audit log (saved with the next SaveChanges); the details go in the entry's changes as "new" values.</summary>
    public void Audit(string what, string description, IReadOnlyCollection<int> structures, Dictionary<string, object?> details)
    {
        if (structures.Count > 1)
        {
            details["structures"] = structures.ToArray();
        }

        db.AuditEntries.Add(new AuditEntry
        {
            At = db.Time.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = AuditAction.View,
            EntityType = what,
            EntityId = description.Length > 200 ? description[..200] : description,
            StructureId = structures.Count == 1 ? structures.First() : null,
            Changes = JsonSerializer.Serialize(details.ToDictionary(d => d.Key, d => new { old = (object?)null, @new = d.Value })),
        });
    }
}
