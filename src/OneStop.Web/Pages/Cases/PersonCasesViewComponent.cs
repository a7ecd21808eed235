using Microsoft.AspNetCore.Mvc;
using OneStop.Web.Features.Cases;

namespace OneStop.Web.Pages.Cases;

/// <summary>The cases section of a person's file: their cases in the structures whose cases the user reads, and
/// "open case" where the user keeps cases.</summary>
public sealed class PersonCasesViewComponent(CaseScope scope, CaseQueries queries) : ViewComponent
{
    public sealed record Model(int BeneficiaryId, List<CaseSummaryDto> Items, bool CanOpen);

    public async Task<IViewComponentResult> InvokeAsync(int beneficiaryId)
    {
        var ct = HttpContext.RequestAborted;
        var access = await scope.GetAsync(ct);
        if (access.Read.Count == 0)
        {
            return Content("");
        }

        var items = await queries.ListAsync(new CaseQueries.Filter(BeneficiaryId: beneficiaryId), ct);
        return View(new Model(beneficiaryId, items, access.Work.Count > 0));
    }
}
