using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace OneStop.Web.Features.Cases;

/// <summary>
/// Closing the case of an ESF participant asks for the exit data. The ESF participation pages are a
/// separate feature; when its page <c>/Participants</c> is present, the close form links to the
/// person's participations there, otherwise nothing is shown.
/// </summary>
public sealed class EsfHook(EndpointDataSource endpoints)
{
    public const string ParticipantsPage = "/Participants";

    public string? ParticipationsUrl(int beneficiaryId) =>
        endpoints.Endpoints.Any(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath is ParticipantsPage or ParticipantsPage + "/Index")
            ? $"{ParticipantsPage}?beneficiaryId={beneficiaryId.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            : null;
}
