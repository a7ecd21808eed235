using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Beneficiaries;
using OneStop.Web.Features.Distribution;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.Distribution;

/// <summary>
/// The counter of one list: each household shown eligible or not today, what it is given, today's
/// distributions, households added (found with the registry search) and distribution rounds.
/// </summary>
public sealed class ListModel(DistributionQueries queries, DistributionWriter writer, ListWriter lists, Eligibility eligibility, BeneficiarySearch search, PeopleScope people,
    AthensClock clock, IStringLocalizer<DistributionResource> t) : PageModel
{
    [BindProperty]
    public RoundFields Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public ListDto List { get; private set; } = null!;
    public List<(EligibleHouseholdDto Household, EligibilityDto Standing)> Households { get; private set; } = [];
    public List<RoundDto> Rounds { get; private set; } = [];
    public List<DistributionDto> Today { get; private set; } = [];
    public List<BeneficiaryHit> Hits { get; private set; } = [];
    public bool CanGive { get; private set; }
    public DateOnly Day { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (CanGive && !string.IsNullOrWhiteSpace(Q))
        {
            Hits = (await search.SearchAsync(Q, 10, ct)).Items;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostGiveAsync(int id, int beneficiaryId, int parcels, string? items, SignatureKind signature, string? signaturePng, int? roundId, CancellationToken ct)
    {
        var result = await writer.CreateAsync(new DistributionFields
        {
            ListId = id, BeneficiaryId = beneficiaryId, Parcels = Math.Clamp(parcels, 0, 1000), Items = items, Signature = signature, SignaturePng = signaturePng, RoundId = roundId,
        }, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result switch
        {
            { Refused: { } refused } => t["Refused", t[Rules.RefusalKey(refused)]].Value,
            { Succeeded: false } => string.Join(" ", result.Errors.Select(e => e.Value)),
            { Warning: { } warning } => t["GivenDespite", t[Rules.RefusalKey(warning)]].Value,
            _ => t["Given"].Value,
        };
        return Redirect($"/Distribution/List/{id}");
    }

    public async Task<IActionResult> OnPostHouseholdAsync(int id, int beneficiaryId, int householdSize, DateOnly? startDate, DateOnly? endDate, CancellationToken ct)
    {
        var result = await lists.PutHouseholdAsync(id, new EligibleHouseholdFields { BeneficiaryId = beneficiaryId, HouseholdSize = Math.Clamp(householdSize, 1, 30), StartDate = startDate ?? clock.Today, EndDate = endDate }, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? t["HouseholdSaved"].Value : string.Join(" ", result.Errors.Select(e => e.Value));
        return Redirect($"/Distribution/List/{id}");
    }

    public async Task<IActionResult> OnPostRoundAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !CanGive)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await lists.CreateRoundAsync(id, Input, ct);
        if (!result.Succeeded)
        {
            ModelState.AddInputErrors(result.Errors);
            return Page();
        }

        TempData["Message"] = t["RoundCreated"].Value;
        return Redirect($"/Distribution/List/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await queries.ListAsync(id, ct) is not { } list)
        {
            return false;
        }

        List = list;
        Day = clock.Today;
        Input.Day ??= Day;
        CanGive = await people.CanWorkInAsync(list.StructureId, ct);
        foreach (var h in await queries.HouseholdsAsync(id, ct))
        {
            Households.Add((h, (await eligibility.CheckAsync(id, h.BeneficiaryId, Day, null, ct))!));
        }

        Rounds = await queries.RoundsAsync(id, ct);
        Today = await queries.DayAsync(id, Day, ct);
        return true;
    }
}
