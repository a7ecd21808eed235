using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Participants;

namespace OneStop.Web.Pages.Participants;

/// <summary>The ESF section of a person's file: their participations in the user's structures, and a link to a new entry.</summary>
public sealed class EsfParticipationsViewComponent(ParticipationAccess access, ParticipationQueries queries, AppDbContext db) : ViewComponent
{
    public sealed record Model(int BeneficiaryId, List<ParticipationDto> Items, HashSet<int> Writable, bool CanEnter);

    public async Task<IViewComponentResult> InvokeAsync(int beneficiaryId)
    {
        var ct = HttpContext.RequestAborted;
        var items = await queries.ForPersonAsync(beneficiaryId, ct);
        var writable = (await access.WritableStructuresAsync(ct)).Select(s => s.Id).ToHashSet();
        var canEnter = writable.Count > 0 && await db.BeneficiaryLinks.AnyAsync(l => l.BeneficiaryId == beneficiaryId && writable.Contains(l.StructureId), ct);
        return items.Count == 0 && !canEnter ? Content("") : View(new Model(beneficiaryId, items, writable, canEnter));
    }
}
