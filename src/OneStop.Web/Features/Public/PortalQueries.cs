using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Features.Public;

public sealed record PublicMunicipality(int Id, string Name, string? Region);

public sealed record PublicService(string Name, Axis Axis, string? Description);

/// <summary>A structure as the public sees it: contact, hours, accessibility and services, nothing about people.</summary>
public sealed record PublicStructure(
    int Id, string Name, string TypeCode, string TypeNameEl, string TypeNameEn, int MunicipalityId, string Municipality,
    string? Address, string? PostalCode, string? Phone, string? Email,
    List<string> Accessibility, string? AccessibilityNotes,
    List<OpeningInterval> Weekly, List<HoursException> Exceptions, List<PublicService> Services)
{
    public string TypeName(bool english) => english ? TypeNameEn : TypeNameEl;

    /// <summary>A link that opens the address on OpenStreetMap; no map is embedded in the page.</summary>
    public string? MapUrl => string.IsNullOrWhiteSpace(Address)
        ? null
        : "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(string.Join(", ", new[] { Address, PostalCode, Municipality }.Where(p => !string.IsNullOrWhiteSpace(p))));
}

/// <summary>
/// What the portal reads. Only active, non-protected structures of active municipalities exist
/// here: a protected structure answers exactly as one that does not exist (docs/DESIGN.md §5).
/// </summary>
public sealed class PortalQueries(AppDbContext db, AthensClock clock)
{
    public DateTime AthensNow => AthensClock.ToLocal(clock.UtcNow);

    public Task<List<PublicMunicipality>> MunicipalitiesAsync(CancellationToken ct) =>
        db.Municipalities.AsNoTracking()
            .Where(m => m.IsActive && db.Structures.Any(s => s.MunicipalityId == m.Id && s.IsActive && !s.IsProtected))
            .OrderBy(m => m.Name).Select(m => new PublicMunicipality(m.Id, m.Name, m.Region)).ToListAsync(ct);

    public Task<PublicMunicipality?> MunicipalityAsync(int id, CancellationToken ct) =>
        db.Municipalities.AsNoTracking().Where(m => m.Id == id && m.IsActive)
            .Select(m => new PublicMunicipality(m.Id, m.Name, m.Region)).SingleOrDefaultAsync(ct);

    public async Task<List<PublicStructure>> StructuresAsync(int? municipalityId, int? structureId, CancellationToken ct)
    {
        var from = clock.Today;
        var query = Public();
        if (municipalityId is { } m)
        {
            query = query.Where(s => s.MunicipalityId == m);
        }

        if (structureId is { } id)
        {
            query = query.Where(s => s.Id == id);
        }

        var rows = await query
            .Include(s => s.StructureType).Include(s => s.Municipality).Include(s => s.OpeningHours)
            .Include(s => s.HoursExceptions.Where(e => e.Date >= from))
            .Include(s => s.Services.Where(v => v.IsActive))
            .AsSplitQuery().OrderBy(s => s.Municipality!.Name).ThenBy(s => s.StructureType!.SortOrder).ThenBy(s => s.Name)
            .ToListAsync(ct);
        return rows.Select(s => new PublicStructure(
            s.Id, s.Name, s.StructureType!.Code, s.StructureType.NameEl, s.StructureType.NameEn, s.MunicipalityId, s.Municipality!.Name,
            s.Address, s.PostalCode, s.Phone, s.Email,
            Structures.Accessibility.ToCodes(s.Accessibility), s.AccessibilityNotes,
            s.OpeningHours.OrderBy(i => Weekdays.Order(i.Day)).ThenBy(i => i.Opens).ToList(),
            s.HoursExceptions.OrderBy(e => e.Date).ToList(),
            s.Services.OrderBy(v => v.Axis).ThenBy(v => v.Name).Select(v => new PublicService(v.Name, v.Axis, v.Description)).ToList())).ToList();
    }

    public async Task<PublicStructure?> StructureAsync(int municipalityId, int id, CancellationToken ct) =>
        (await StructuresAsync(municipalityId, id, ct)).SingleOrDefault();

    /// <summary>Structures a resident may ask an appointment of.</summary>
    public Task<List<(int Id, string Name)>> ChoicesAsync(int municipalityId, CancellationToken ct) =>
        Public().Where(s => s.MunicipalityId == municipalityId).OrderBy(s => s.Name)
            .Select(s => new ValueTuple<int, string>(s.Id, s.Name)).ToListAsync(ct);

    public Task<bool> IsPublicAsync(int municipalityId, int structureId, CancellationToken ct) =>
        Public().AnyAsync(s => s.Id == structureId && s.MunicipalityId == municipalityId, ct);

    public DayHours Today(PublicStructure s) => OpeningHours.For(DateOnly.FromDateTime(AthensNow), s.Weekly, s.Exceptions);

    public bool IsOpenNow(PublicStructure s) => Today(s).IsOpenAt(TimeOnly.FromDateTime(AthensNow));

    public List<DayHours> Week(PublicStructure s) => OpeningHours.Week(DateOnly.FromDateTime(AthensNow), s.Weekly, s.Exceptions);

    public static string Hours(DayHours day) =>
        string.Join(", ", day.Intervals.Select(i => string.Create(CultureInfo.InvariantCulture, $"{Weekdays.Time(i.Opens)}–{Weekdays.Time(i.Closes)}")));

    private IQueryable<Structure> Public() =>
        db.Structures.AsNoTracking().Where(s => s.IsActive && !s.IsProtected && s.Municipality!.IsActive);
}
