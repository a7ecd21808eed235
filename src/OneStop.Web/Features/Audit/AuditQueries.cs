using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Audit;

/// <summary>Dates are days in Europe/Athens, both ends included; User matches part of the user name (e-mail).</summary>
public sealed record AuditFilter(DateOnly? From, DateOnly? To, string? User, string? EntityType, string? EntityId, AuditAction? Action, int Page = 1);

public sealed record AuditChange(JsonElement? Old, JsonElement? New);

public sealed record AuditItem(long Id, DateTime At, string? UserName, AuditAction Action, string EntityType, string EntityId, int? StructureId, Dictionary<string, AuditChange> Changes);

public sealed record AuditPage(List<AuditItem> Items, int Page, int PageSize, int Total);

/// <summary>
/// Reads the audit log for the page and the API. National Administrators and DPOs see everything;
/// structure-level ones see what happened in the structures they can see, and what they did themselves.
/// </summary>
public sealed class AuditQueries(AppDbContext db, StructureScope scope, CurrentUser currentUser)
{
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

        var items = rows.Select(a => new AuditItem(
            a.Id, DateTime.SpecifyKind(a.At, DateTimeKind.Utc), a.UserName, a.Action, a.EntityType, a.EntityId, a.StructureId, ParseChanges(a.Changes))).ToList();
        return new AuditPage(items, page, PageSize, total);
    }

    /// <summary>The entity types present in the log, for the filter's choice list.</summary>
    public async Task<List<string>> EntityTypesAsync(CancellationToken ct) =>
        await (await VisibleAsync(ct)).Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);

    public static DateTime ToAthens(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Athens);

    private static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Athens);

    private async Task<IQueryable<AuditEntry>> VisibleAsync(CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        var entries = db.AuditEntries.AsNoTracking();
        if (user.HasNational(AppRole.Administrator) || user.HasNational(AppRole.DataProtectionOfficer))
        {
            return entries;
        }

        var visible = (await scope.VisibleStructuresAsync(ct)).Select(s => s.Id);
        var me = user.UserId;
        return entries.Where(a => (a.StructureId != null && visible.Contains(a.StructureId.Value)) || a.UserId == me);
    }

    private static Dictionary<string, AuditChange> ParseChanges(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, AuditChange>(StringComparer.Ordinal);
        foreach (var field in document.RootElement.EnumerateObject())
        {
            result[field.Name] = new AuditChange(Value(field.Value, "old"), Value(field.Value, "new"));
        }

        return result;
    }

    private static JsonElement? Value(JsonElement pair, string name) =>
        pair.ValueKind == JsonValueKind.Object && pair.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.Clone() : null;
}
