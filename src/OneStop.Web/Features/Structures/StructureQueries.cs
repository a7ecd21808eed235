using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Structures;

public sealed record OpeningIntervalDto(string Day, string Opens, string Closes);

public sealed record HoursExceptionDto(string Date, bool Closed, string? Opens, string? Closes, string? Note);

public sealed record StructureDto(
    int Id,
    string Name,
    string Type,
    int? ParentId,
    int MunicipalityId,
    string Municipality,
    string? Address,
    string? PostalCode,
    string? Phone,
    string? Email,
    bool IsProtected,
    List<string> Accessibility,
    string? AccessibilityNotes,
    List<OpeningIntervalDto> OpeningHours,
    List<HoursExceptionDto> HoursExceptions,
    bool HasRegulation,
    int Version);

public sealed record StructureListItem(int Id, string Name, string Type, string TypeNameEl, string TypeNameEn, int? ParentId, string Municipality, bool IsProtected, string? Phone);

public sealed record ServiceDto(int Id, int StructureId, string Name, Axis Axis, string? Description, bool IsActive, int Version);

/// <summary>Reads of structures, always through the scope.</summary>
public sealed class StructureQueries(AppDbContext db, StructureScope scope)
{
    public async Task<List<StructureListItem>> ListAsync(CancellationToken ct)
    {
        var query = (await scope.VisibleStructuresAsync(ct)).AsNoTracking();
        return await query
            .OrderBy(s => s.Municipality!.Name).ThenBy(s => s.Name)
            .Select(s => new StructureListItem(s.Id, s.Name, s.StructureType!.Code, s.StructureType.NameEl, s.StructureType.NameEn, s.ParentId, s.Municipality!.Name, s.IsProtected, s.Phone))
            .ToListAsync(ct);
    }

    public async Task<StructureDto?> GetAsync(int id, CancellationToken ct)
    {
        var s = await (await scope.VisibleStructuresAsync(ct)).AsNoTracking()
            .Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Name, Type = x.StructureType!.Code, x.ParentId, x.MunicipalityId, Municipality = x.Municipality!.Name,
                x.Address, x.PostalCode, x.Phone, x.Email, x.IsProtected, x.Accessibility, x.AccessibilityNotes,
                Hours = x.OpeningHours.OrderBy(h => h.Day).ThenBy(h => h.Opens).ToList(),
                Exceptions = x.HoursExceptions.OrderBy(h => h.Date).ToList(),
                HasRegulation = x.RegulationFileId != null, x.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (s is null)
        {
            return null;
        }

        return new StructureDto(
            s.Id, s.Name, s.Type, s.ParentId, s.MunicipalityId, s.Municipality, s.Address, s.PostalCode, s.Phone, s.Email,
            s.IsProtected, Structures.Accessibility.ToCodes(s.Accessibility), s.AccessibilityNotes,
            s.Hours.OrderBy(h => Weekdays.Order(h.Day)).ThenBy(h => h.Opens).Select(h => new OpeningIntervalDto(Weekdays.Code(h.Day), Weekdays.Time(h.Opens), Weekdays.Time(h.Closes))).ToList(),
            s.Exceptions.Select(e => new HoursExceptionDto(e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.IsClosed, Weekdays.Time(e.Opens), Weekdays.Time(e.Closes), e.Note)).ToList(),
            s.HasRegulation, s.Version);
    }

    public async Task<List<ServiceDto>?> ServicesAsync(int structureId, CancellationToken ct)
    {
        if (!await scope.CanSeeAsync(structureId, ct))
        {
            return null;
        }

        return await db.Services.AsNoTracking()
            .Where(s => s.StructureId == structureId)
            .OrderBy(s => s.Axis).ThenBy(s => s.Name)
            .Select(s => new ServiceDto(s.Id, s.StructureId, s.Name, s.Axis, s.Description, s.IsActive, s.Version))
            .ToListAsync(ct);
    }
}
