using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Exports;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.FrontDesk;

/// <summary>
/// The printable privacy notice and consent form of a person, pre-filled with their name, ΑΜΚΑ
/// and the structure that serves them. Printing it is a view of the person's file (audited).
/// </summary>
public sealed class ConsentFormBuilder(AppDbContext db, PeopleScope people, AthensClock clock, IStringLocalizer<FrontDeskResource> t)
{
    /// <summary>The PDF, or null when the person is not visible to the user.</summary>
    public async Task<byte[]?> RenderAsync(int beneficiaryId, CancellationToken ct)
    {
        var access = await people.GetAsync(ct);
        var person = await (await people.VisibleAsync(ct)).AsNoTracking()
            .Where(b => b.Id == beneficiaryId)
            .Select(b => new
            {
                b.LastName, b.FirstName, b.FatherName, b.Amka, b.BirthDate,
                Structures = b.Links.OrderBy(l => l.LinkedAt).Select(l => new { l.StructureId, l.Structure!.Name, Municipality = l.Structure.Municipality!.Name }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var structure = person.Structures.FirstOrDefault(s => access.Write.Contains(s.StructureId))
            ?? person.Structures.First(s => access.Read.Contains(s.StructureId));
        db.AuditView("Beneficiary", beneficiaryId.ToString(CultureInfo.InvariantCulture), structure.StructureId);
        await db.SaveChangesAsync(ct);

        var controller = t["ConsentController", structure.Municipality].Value;
        var form = new ConsentForm(
            Title: t["ConsentTitle"],
            Fields:
            [
                new(t["ConsentName"], $"{person.LastName} {person.FirstName}"),
                new(t["ConsentFatherName"], person.FatherName ?? ""),
                new(t["ConsentBirthDate"], person.BirthDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? ""),
                new(t["ConsentAmka"], person.Amka ?? ""),
                new(t["Structure"], structure.Name),
                new(t["ConsentControllerLabel"], controller),
                new(t["Date"], clock.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
            ],
            Notice:
            [
                t["ConsentNotice1", structure.Municipality, structure.Name], t["ConsentNotice2"], t["ConsentNotice3"],
                t["ConsentNotice4"], t["ConsentNotice5"], t["ConsentNotice6"],
            ],
            ConsentsTitle: t["ConsentPurposesTitle"],
            Purposes: [t["ConsentPurposeSensitive"], t["ConsentPurposeReferral"], t["ConsentPurposeContact"]],
            GivenLabel: t["ConsentGiven"],
            RefusedLabel: t["ConsentRefused"],
            Signatures: [t["ConsentSignaturePerson"], t["ConsentSignatureStaff"]],
            NameLabel: t["SignatureName"],
            SignatureLabel: t["SignatureSign"],
            DateLabel: t["Date"],
            PageFormat: t["PageOf"]);
        return ConsentFormPdf.Render(form);
    }
}
