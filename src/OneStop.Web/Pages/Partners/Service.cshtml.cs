using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Partners;

namespace OneStop.Web.Pages.Partners;

/// <summary>Adds or changes a service of an organisation, with its HSDS fields and verification.</summary>
public sealed class ServiceModel(PartnerDirectory directory, PartnerWriter writer, DirectoryScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public PartnerServiceFields Input { get; set; } = new();

    public string OrganizationName { get; private set; } = "";
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await directory.OrganizationAsync(OrganizationId, ct) is not { } o || !await scope.CanEditAsync(o.MunicipalityId, ct))
        {
            return NotFound();
        }

        OrganizationName = o.Name;
        if (Id is { } id)
        {
            if (o.Services.SingleOrDefault(s => s.Id == id) is not { } s)
            {
                return NotFound();
            }

            Input = new PartnerServiceFields
            {
                Name = s.Name, Description = s.Description, Eligibility = s.Eligibility, Languages = s.Languages, Fees = s.Fees, Schedule = s.Schedule,
                Address = s.Address, City = s.City, PostalCode = s.PostalCode, ContactName = s.ContactName, Phone = s.Phone, Email = s.Email,
                Accessibility = s.Accessibility, Status = s.Status, VerifiedOn = s.VerifiedOn, VerifiedBy = s.VerifiedBy, Version = s.Version,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await directory.OrganizationAsync(OrganizationId, ct) is not { } o)
        {
            return NotFound();
        }

        OrganizationName = o.Name;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await writer.SaveServiceAsync(OrganizationId, Id, Input, ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Done:
                return Redirect($"/Partners#org-{OrganizationId}");
            case WriteOutcome.Conflict:
                Conflict = true;
                return Page();
            default:
                return NotFound();
        }
    }
}
