using OneStop.Web.Features.Public;

namespace OneStop.Web.Pages.Public;

/// <summary>The portal's entry: the municipalities that publish at least one structure.</summary>
public sealed class IndexModel(PortalQueries portal) : PublicPageModel
{
    public List<PublicMunicipality> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await portal.MunicipalitiesAsync(ct);
}
