using OneStop.Data.Entities;
using OneStop.Web.Features.Public;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Api;

public sealed record PublicServiceDto(string Name, Axis Axis, string? Description);

/// <summary>A structure of the public directory: organisational contacts only, never a person.</summary>
public sealed record PublicStructureDto(
    int Id, string Name, string Type, string TypeNameEl, string TypeNameEn, int MunicipalityId, string Municipality,
    string? Address, string? PostalCode, string? Phone, string? Email, string? MapUrl,
    List<string> Accessibility, string? AccessibilityNotes,
    List<OpeningIntervalDto> OpeningHours, List<HoursExceptionDto> HoursExceptions, bool OpenNow, List<PublicServiceDto> Services);

public sealed record PublicProgrammeDto(string Code, string Name, string? Authority, string? Summary, string? Eligibility, List<string> Documents);

/// <summary>The portal's machine-readable directory: no sign-in, no personal data, no protected structures.</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/public").AllowAnonymous().WithTags("Public directory");
        group.MapGet("/structures", async (int? municipalityId, PortalQueries portal, CancellationToken ct) =>
            TypedResults.Ok((await portal.StructuresAsync(municipalityId, null, ct)).Select(s => ToDto(s, portal)).ToList()))
            .WithSummary("Active, non-protected structures with hours, accessibility and services");
        group.MapGet("/programmes", async (ProgrammeContent programmes, CancellationToken ct) =>
            TypedResults.Ok((await programmes.AllAsync(IsEnglish(), ct)).Select(p => new PublicProgrammeDto(p.Code, p.Name, p.Authority, p.Summary, p.Eligibility, p.Documents)).ToList()))
            .WithSummary("Programmes and benefits in the language of Accept-Language");
    }

    private static bool IsEnglish() =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static PublicStructureDto ToDto(PublicStructure s, PortalQueries portal) => new(
        s.Id, s.Name, s.TypeCode, s.TypeNameEl, s.TypeNameEn, s.MunicipalityId, s.Municipality,
        s.Address, s.PostalCode, s.Phone, s.Email, s.MapUrl, s.Accessibility, s.AccessibilityNotes,
        s.Weekly.Select(i => new OpeningIntervalDto(Weekdays.Code(i.Day), Weekdays.Time(i.Opens), Weekdays.Time(i.Closes))).ToList(),
        s.Exceptions.Select(e => new HoursExceptionDto(e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.IsClosed, Weekdays.Time(e.Opens), Weekdays.Time(e.Closes), e.Note)).ToList(),
        portal.IsOpenNow(s),
        s.Services.Select(v => new PublicServiceDto(v.Name, v.Axis, v.Description)).ToList());
}
