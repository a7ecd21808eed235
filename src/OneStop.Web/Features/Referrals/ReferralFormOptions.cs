using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Partners;

namespace OneStop.Web.Features.Referrals;

public sealed record Option(int Id, string Name);

public sealed record ReferralFormData(string PersonName, bool ConsentOnRecord, List<Option> From, List<Option> Structures, List<Option> Services);

/// <summary>What the referral form offers: the user's structures serving the person, destinations, and the consent status.</summary>
public sealed class ReferralFormOptions(AppDbContext db, PeopleScope people, StructureScope structures, PartnerDirectory directory, ReferralWriter writer, AthensClock clock)
{
    public async Task<ReferralFormData?> LoadAsync(int beneficiaryId, CancellationToken ct)
    {
        var person = await (await people.VisibleAsync(ct)).AsNoTracking().Where(b => b.Id == beneficiaryId)
            .Select(b => new { b.LastName, b.FirstName }).SingleOrDefaultAsync(ct);
        var write = (await people.GetAsync(ct)).Write;
        if (person is null)
        {
            return null;
        }

        var from = await db.BeneficiaryLinks.AsNoTracking().Where(l => l.BeneficiaryId == beneficiaryId && write.Contains(l.StructureId))
            .OrderBy(l => l.Structure!.Name).Select(l => new Option(l.StructureId, l.Structure!.Name)).ToListAsync(ct);
        if (from.Count == 0)
        {
            return null;
        }

        var visible = await structures.VisibleStructuresAsync(ct);
        var destinations = await writer.DestinationsQuery(from[0].Id, visible).AsNoTracking()
            .OrderBy(s => s.Name).Select(s => new Option(s.Id, s.Name)).ToListAsync(ct);
        var services = (await directory.ServicesAsync(ct)).Select(s => new Option(s.Id, $"{s.OrganizationName} – {s.Name}")).ToList();
        var today = clock.Today;
        var consent = await db.Consents.AnyAsync(c => c.BeneficiaryId == beneficiaryId && c.Purpose == ConsentPurpose.Referral && c.Given
            && c.WithdrawnOn == null && c.Date <= today && (c.Expires == null || c.Expires >= today), ct);
        return new ReferralFormData($"{person.LastName} {person.FirstName}", consent, from, destinations, services);
    }
}
