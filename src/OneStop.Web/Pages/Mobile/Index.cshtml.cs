using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Mobile;

namespace OneStop.Web.Pages.Mobile;

/// <summary>
/// The offline app of the mobile units: a page the service worker keeps (network first, so that it
/// is fresh whenever there is a network), with the data to work offline embedded as JSON. Records
/// wait in the device's storage with their idempotency keys until POST /api/v1/sync accepts them.
/// </summary>
public sealed class IndexModel(MobileData data, CurrentUser currentUser, IStringLocalizer<MobileResource> t) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] ScriptTexts =
    [
        "Online", "Offline", "Eligible", "NotEligible", "EligibleUnknown", "WaitingNone", "SyncDone", "SyncFailed", "SyncSignIn",
        "StatusPending", "StatusConflict", "StatusInvalid", "Discard", "SavedOnDevice", "ContactLabel", "AnonymousLabel", "DistributionLabel",
        "ChoosePerson", "ChooseHousehold", "SignatureMissing", "ReceivedInPeriod", "PreviousOn", "SyncedLabel", "Required",
    ];

    public List<MobileStructure> Structures { get; private set; } = [];

    public string DataJson { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Structures = await data.LoadAsync(ct);
        var user = await currentUser.GetAsync(ct);
        var texts = ScriptTexts.ToDictionary(k => k, k => t[k].Value);
        DataJson = JsonSerializer.Serialize(new { userId = user.UserId, structures = Structures, texts }, Json);
    }
}
