using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.Public;

/// <summary>A page of the public portal: no sign-in, and the municipality it belongs to (if any) for the header.</summary>
[AllowAnonymous]
public abstract class PublicPageModel : PageModel
{
    public PublicMunicipality? Municipality { get; protected set; }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DayName(DateOnly date) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(date.DayOfWeek);

    protected async Task<bool> LoadMunicipalityAsync(PortalQueries portal, int municipalityId, CancellationToken ct)
    {
        Municipality = await portal.MunicipalityAsync(municipalityId, ct);
        return Municipality is not null;
    }
}

/// <summary>What the structure partial shows: on the home page (a summary) or on the structure's own page (full).</summary>
public sealed record StructureCard(PublicStructure Structure, DayHours Today, bool OpenNow, List<DayHours> Week, bool Full);
