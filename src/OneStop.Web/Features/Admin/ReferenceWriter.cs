using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Admin;

/// <summary>
/// Adds and changes the reference lists. Municipalities and structure types belong to the national
/// administrator; programmes to any administrator. Nothing is deleted: entries are deactivated.
/// </summary>
public sealed class ReferenceWriter(AppDbContext db, StructureScope scope, AccessScope access, IStringLocalizer<AdminResource> t)
{
    public sealed record Result(int? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false, bool Conflict = false, bool Forbidden = false)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound && !Conflict && !Forbidden;
    }

    public Task<bool> CanChangeNationalListsAsync(CancellationToken ct) => scope.AdministersAllAsync(ct);

    public Task<bool> CanChangeProgrammesAsync(CancellationToken ct) => access.AnywhereAsync(Capability.Administer, ct);

    public async Task<Result> SaveMunicipalityAsync(int? id, MunicipalityFields input, CancellationToken ct)
    {
        if (!await CanChangeNationalListsAsync(ct))
        {
            return new Result(null, [], Forbidden: true);
        }

        var entity = id is null ? db.Municipalities.Add(new Municipality { Name = "" }).Entity : await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (entity is null)
        {
            return new Result(null, [], NotFound: true);
        }

        var name = input.Name?.Trim() ?? "";
        if (await db.Municipalities.AnyAsync(m => m.Name == name && m.Id != entity.Id, ct))
        {
            return new Result(id, [new(nameof(input.Name), t["DuplicateMunicipality"])]);
        }

        entity.Name = name;
        entity.Region = Clean(input.Region);
        entity.IsActive = input.IsActive;
        return await SaveAsync(entity, input.Version, id is null, ct);
    }

    public async Task<Result> SaveStructureTypeAsync(int? id, StructureTypeFields input, CancellationToken ct)
    {
        if (!await CanChangeNationalListsAsync(ct))
        {
            return new Result(null, [], Forbidden: true);
        }

        var entity = id is null ? db.StructureTypes.Add(new StructureType { Code = "", NameEl = "", NameEn = "" }).Entity : await db.StructureTypes.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (entity is null)
        {
            return new Result(null, [], NotFound: true);
        }

        if (id is null)
        {
            var code = input.Code?.Trim() ?? "";
            if (code.Length == 0)
            {
                return new Result(null, [new(nameof(input.Code), t["CodeRequired"])]);
            }

            if (await db.StructureTypes.AnyAsync(x => x.Code == code, ct))
            {
                return new Result(null, [new(nameof(input.Code), t["DuplicateCode"])]);
            }

            // The code is what the API and exports carry, so it never changes once created.
            entity.Code = code;
        }

        entity.NameEl = input.NameEl?.Trim() ?? "";
        entity.NameEn = input.NameEn?.Trim() ?? "";
        entity.SortOrder = input.SortOrder;
        entity.IsActive = input.IsActive;
        return await SaveAsync(entity, input.Version, id is null, ct);
    }

    public async Task<Result> SaveProgrammeAsync(int? id, ProgrammeFields input, CancellationToken ct)
    {
        if (!await CanChangeProgrammesAsync(ct))
        {
            return new Result(null, [], Forbidden: true);
        }

        var entity = id is null ? db.Programmes.Add(new Programme { Code = "", NameEl = "", NameEn = "" }).Entity : await db.Programmes.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (entity is null)
        {
            return new Result(null, [], NotFound: true);
        }

        var code = input.Code?.Trim() ?? "";
        if (await db.Programmes.AnyAsync(x => x.Code == code && x.Id != entity.Id, ct))
        {
            return new Result(id, [new(nameof(input.Code), t["DuplicateCode"])]);
        }

        entity.Code = code;
        entity.NameEl = input.NameEl?.Trim() ?? "";
        entity.NameEn = input.NameEn?.Trim() ?? "";
        entity.Description = Clean(input.Description);
        entity.Authority = Clean(input.Authority);
        entity.SummaryEl = Clean(input.SummaryEl);
        entity.SummaryEn = Clean(input.SummaryEn);
        entity.EligibilityEl = Clean(input.EligibilityEl);
        entity.EligibilityEn = Clean(input.EligibilityEn);
        entity.DocumentsEl = Clean(input.DocumentsEl);
        entity.DocumentsEn = Clean(input.DocumentsEn);
        entity.IsActive = input.IsActive;
        return await SaveAsync(entity, input.Version, id is null, ct);
    }

    private async Task<Result> SaveAsync<T>(T entity, int? version, bool isNew, CancellationToken ct)
        where T : class, IVersioned
    {
        if (!isNew && version is { } v)
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = v;
        }

        var entry = db.Entry(entity);
        try
        {
            await db.SaveChangesAsync(ct);
            return new Result((int)entry.Property("Id").CurrentValue!, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Result((int)entry.Property("Id").CurrentValue!, [], Conflict: true);
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
