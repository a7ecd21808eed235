using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Structures;

/// <summary>Creates and updates structures for the form and the API, with the rules that need the database.</summary>
public sealed class StructureWriter(AppDbContext db, StructureScope scope, IStringLocalizer<StructuresResource> t)
{
    public sealed record Result(int? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false, bool Conflict = false)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound && !Conflict;
    }

    public async Task<Result> CreateAsync(StructureFields input, CancellationToken ct)
    {
        var structure = new Structure { Name = "" };
        var errors = await ApplyAsync(structure, input, isNew: true, ct);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        db.Structures.Add(structure);
        return await SaveAsync(structure, errors, ct);
    }

    public async Task<Result> UpdateAsync(int id, StructureFields input, int? expectedVersion, CancellationToken ct)
    {
        if (!await scope.CanManageAsync(id, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        var structure = await db.Structures.SingleAsync(s => s.Id == id, ct);
        if (expectedVersion is not null)
        {
            db.Entry(structure).Property(s => s.Version).OriginalValue = expectedVersion.Value;
        }

        // Placing a structure (parent, municipality) and protecting it are for its Administrators;
        // a Coordinator edits the rest of the details.
        var structural = new List<KeyValuePair<string, string>>();
        if (!await scope.CanAdministerAsync(id, ct))
        {
            if (input.ParentId != structure.ParentId)
            {
                structural.Add(new(nameof(input.ParentId), t["OnlyAdministrators"]));
            }

            if (input.MunicipalityId is { } m && m != structure.MunicipalityId)
            {
                structural.Add(new(nameof(input.MunicipalityId), t["OnlyAdministrators"]));
            }

            if (input.MunicipalityId is null && await MunicipalityByIdOrNameAsync(input.Municipality, ct) is { } named && named != structure.MunicipalityId)
            {
                structural.Add(new(nameof(input.Municipality), t["OnlyAdministrators"]));
            }

            if (input.IsProtected != structure.IsProtected)
            {
                structural.Add(new(nameof(input.IsProtected), t["OnlyAdministrators"]));
            }
        }

        var errors = await ApplyAsync(structure, input, isNew: false, ct);
        errors.AddRange(structural);
        return errors.Count > 0 ? new Result(id, errors) : await SaveAsync(structure, errors, ct);
    }

    private async Task<Result> SaveAsync(Structure structure, List<KeyValuePair<string, string>> errors, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new Result(structure.Id, errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Result(structure.Id, errors, Conflict: true);
        }
    }

    private async Task<List<KeyValuePair<string, string>>> ApplyAsync(Structure s, StructureFields input, bool isNew, CancellationToken ct)
    {
        var errors = new List<KeyValuePair<string, string>>();
        void Error(string field, string key) => errors.Add(new(field, t[key]));

        var type = await db.StructureTypes.AsNoTracking().Where(x => x.Code == input.Type && x.IsActive).Select(x => (int?)x.Id).SingleOrDefaultAsync(ct);
        if (type is null)
        {
            Error(nameof(input.Type), "UnknownType");
        }

        int? municipality = input.MunicipalityId ?? await MunicipalityByIdOrNameAsync(input.Municipality, ct);
        if (input.MunicipalityId is null && !string.IsNullOrWhiteSpace(input.Municipality) && municipality is null)
        {
            Error(nameof(input.Municipality), "UnknownMunicipality");
        }

        if (input.ParentId is { } parentId)
        {
            var parent = await db.Structures.AsNoTracking().Where(x => x.Id == parentId).Select(x => new { x.MunicipalityId }).SingleOrDefaultAsync(ct);
            var unchanged = !isNew && parentId == s.ParentId;
            if (parent is null || parentId == s.Id || (!unchanged && !await scope.CanAdministerAsync(parentId, ct)))
            {
                Error(nameof(input.ParentId), "UnknownParent");
            }
            else if (municipality is not null && municipality != parent.MunicipalityId)
            {
                Error(nameof(input.MunicipalityId), "MunicipalityDiffersFromParent");
            }
            else
            {
                municipality = parent.MunicipalityId;
            }
        }
        else if (isNew && !await scope.AdministersAllAsync(ct))
        {
            // Only a national administrator creates a top-level structure.
            Error(nameof(input.ParentId), "ParentRequired");
        }

        municipality ??= isNew ? null : s.MunicipalityId;
        if (municipality is null || !await db.Municipalities.AnyAsync(m => m.Id == municipality, ct))
        {
            Error(nameof(input.MunicipalityId), "UnknownMunicipality");
        }

        var (flags, unknown) = Accessibility.FromCodes(input.Accessibility);
        if (unknown is not null)
        {
            Error(nameof(input.Accessibility), "UnknownAccessibility");
        }

        var name = input.Name?.Trim() ?? "";
        if (municipality is not null && await db.Structures.AnyAsync(x => x.MunicipalityId == municipality && x.Name == name && x.Id != s.Id, ct))
        {
            Error(nameof(input.Name), "DuplicateName");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        s.Name = name;
        s.StructureTypeId = type!.Value;
        s.ParentId = input.ParentId;
        s.MunicipalityId = municipality!.Value;
        s.Address = Clean(input.Address);
        s.PostalCode = Clean(input.PostalCode);
        s.Phone = Clean(input.Phone);
        s.Email = Clean(input.Email);
        s.IsProtected = input.IsProtected;
        s.Accessibility = flags;
        s.AccessibilityNotes = Clean(input.AccessibilityNotes);
        return errors;
    }

    private async Task<int?> MunicipalityByIdOrNameAsync(string? value, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return await db.Municipalities.Where(m => m.Id == id).Select(m => (int?)m.Id).SingleOrDefaultAsync(ct);
        }

        return await db.Municipalities.Where(m => m.Name == text).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
