using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Admin;

/// <summary>Dates are days in Europe/Athens, both ends included; User matches part of the user name (e-mail).</summary>
public sealed record AuditFilter(DateOnly? From, DateOnly? To, string? User, string? EntityType, string? EntityId, AuditAction? Action, int Page = 1);

public sealed record AuditChange(JsonElement? Old, JsonElement? New);

/// <param name="ValuesHidden">true when the reader sees which fields changed but not their values (an Administrator).</param>
public sealed record AuditItem(long Id, DateTime At, string? UserName, AuditAction Action, string EntityType, string EntityId, int? StructureId,
    Dictionary<string, AuditChange> Changes, bool ValuesHidden);

public sealed record AuditPage(List<AuditItem> Items, int Page, int PageSize, int Total);

/// <summary>
/// Reads the audit log for the page and the API, in the structures of <see cref="Capability.ReadAudit"/> (and what
/// the reader did themselves). Values are shown only where the reader holds <see cref="Capability.ReadAuditValues"/>
/// (the DPO) or for records that hold no personal data (structures, reference lists); an Administrator sees who,
/// when, which record and which fields. Every search is itself recorded in the log.
/// </summary>
public sealed class AuditQueries(AppDbContext db, AccessScope scope)
{
    /// <summary>Records without personal data, whose values any reader of the log may see.</summary>
    private static readonly HashSet<string> NonPersonal =
    [
        nameof(Structure), nameof(Service), nameof(OpeningInterval), nameof(HoursException), nameof(Municipality), nameof(StructureType),
        nameof(Programme), nameof(EligibilityRule), nameof(PartnerOrganization), nameof(PartnerService), nameof(RoleAssignment),
    ];

    public const int PageSize = 50;

    public static readonly TimeZoneInfo Athens = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public async Task<AuditPage> SearchAsync(AuditFilter filter, CancellationToken ct)
    {
        var query = await VisibleAsync(ct);
        if (filter.From is { } from)
        {
            var start = StartOfDayUtc(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(); the culture overload has no translation.
            query = query.Where(a => a.UserName != null && a.UserName.ToLower().Contains(user));
#pragma warning restore CA1304, CA1311
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = filter.EntityType.Trim();
            query = query.Where(a => a.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var id = filter.EntityId.Trim();
            query = query.Where(a => a.EntityId == id);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.StructureId, a.Changes })
            .ToListAsync(ct);

        var values = await scope.StructuresAsync(Capability.ReadAuditValues, ct);
        var review = await scope.StructuresAsync(Capability.ReviewBreakGlass, ct);
        var items = rows.Select(a =>
        {
            var hidden = !NonPersonal.Contains(a.EntityType) && !(values.All || (a.StructureId is { } s ? values.Ids.Contains(s) : values.Ids.Count > 0))
                && !(a.Action == AuditAction.BreakGlass && a.StructureId is { } reviewed && review.Contains(reviewed));
            return new AuditItem(a.Id, DateTime.SpecifyKind(a.At, DateTimeKind.Utc), a.UserName, a.Action, a.EntityType, a.EntityId, a.StructureId,
                ParseChanges(a.Changes, hidden), hidden);
        }).ToList();
        db.AuditView("AuditLog", Describe(filter), null);
        await db.SaveChangesAsync(ct);
        return new AuditPage(items, page, PageSize, total);
    }

    /// <summary>The entity types present in the log, for the filter's choice list.</summary>
    public async Task<List<string>> EntityTypesAsync(CancellationToken ct) =>
        await (await VisibleAsync(ct)).Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);

    public static DateTime ToAthens(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Athens);

    private static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Athens);

    private static string Describe(AuditFilter f)
    {
        var parts = new[] { ("from", f.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("to", f.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("user", f.User), ("entityType", f.EntityType), ("entityId", f.EntityId), ("action", f.Action?.ToString()) };
        var text = string.Join("&", parts.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1 + "=" + p.Item2!.Trim()));
        text = text.Length == 0 ? "search" : text;
        return text.Length > 200 ? text[..200] : text;
    }

    /// <summary>
    /// Entries in the structures the reader's audit capability reaches, and their own; for a reader who only
    /// reviews break-the-glass links, those links in their structures. People belong to the
    /// municipality's registry, not to one structure: a reader with <see cref="Capability.ReadAuditValues"/> in a
    /// municipality also sees the entries of that municipality's people.
    /// </summary>
    private async Task<IQueryable<AuditEntry>> VisibleAsync(CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        var set = await scope.StructuresAsync(Capability.ReadAudit, ct);
        if (set.All)
        {
            return entries;
        }

        // A reviewer of break-the-glass links (the Coordinator) without the audit capability reads only those.
        var review = (await scope.StructuresAsync(Capability.ReviewBreakGlass, ct)).Ids;
        if (set.IsEmpty)
        {
            return entries.Where(a => a.Action == AuditAction.BreakGlass && a.StructureId != null && review.Contains(a.StructureId.Value));
        }

        var me = (await scope.UserAsync(ct)).UserId;
        var visible = set.Ids;
        var municipalities = await scope.MunicipalitiesAsync(Capability.ReadAuditValues, ct) ?? [];
        var partitions = municipalities.Select(m => "m" + m.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(visible.Select(s => "p" + s.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (municipalities.Count == 0)
        {
            return entries.Where(a => (a.StructureId != null && visible.Contains(a.StructureId.Value)) || a.UserId == me
                || (a.Action == AuditAction.BreakGlass && a.StructureId != null && review.Contains(a.StructureId.Value)));
        }

#pragma warning disable CA1305 // Translated to SQL CAST(id AS text); the culture overload has no translation.
        var people = db.Beneficiaries.Where(b => partitions.Contains(b.Partition)).Select(b => b.Id.ToString());
#pragma warning restore CA1305
        return entries.Where(a => (a.StructureId != null && visible.Contains(a.StructureId.Value)) || a.UserId == me
            || (a.Action == AuditAction.BreakGlass && a.StructureId != null && review.Contains(a.StructureId.Value))
            || (a.StructureId == null && a.EntityType == nameof(Beneficiary) && people.Contains(a.EntityId)));
    }

    private static Dictionary<string, AuditChange> ParseChanges(string? json, bool hidden)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, AuditChange>(StringComparer.Ordinal);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            result[field.Name] = hidden ? new AuditChange(null, null) : new AuditChange(Value(field.Value, "old"), Value(field.Value, "new"));
        }

        return result;
    }

    private static JsonElement? Value(JsonElement pair, string name) =>
        pair.ValueKind == JsonValueKind.Object && pair.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.Clone() : null;
}
