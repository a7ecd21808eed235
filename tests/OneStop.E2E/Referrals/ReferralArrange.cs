using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;

namespace OneStop.E2E.Referrals;

/// <summary>A community centre, the municipality's social grocery, their users and a person who consented to referrals.</summary>
public static class ReferralArrange
{
    public const string Password = "Referral-Password-1";

    public static async Task<int> StructureOfTypeAsync(this AppServer server, string municipalityName, string name, string type)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = new Structure
        {
            Name = name,
            StructureTypeId = await db.StructureTypes.Where(t => t.Code == type).Select(t => t.Id).SingleAsync(),
            MunicipalityId = await db.Municipalities.Where(m => m.Name == municipalityName).Select(m => m.Id).SingleAsync(),
        };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        return structure.Id;
    }

    public static async Task<string> UserAsync(this AppServer server, AppRole role, int structureId, string displayName)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"ref-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = displayName };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = role, StructureId = structureId });
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    public static async Task<int> ConsentingPersonAsync(this AppServer server, int structureId, string lastName, string firstName)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = await db.Structures.SingleAsync(s => s.Id == structureId);
        var person = new Beneficiary
        {
            MunicipalityId = structure.MunicipalityId, Partition = $"m{structure.MunicipalityId}", LastName = lastName, FirstName = firstName, Phone = "6944000111",
        };
        person.Links.Add(new BeneficiaryLink { StructureId = structureId, Reason = LinkReason.Registered });
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens")));
        person.Consents.Add(new Consent { StructureId = structureId, Purpose = ConsentPurpose.Referral, Given = true, Date = today });
        OneStop.Web.Features.Beneficiaries.SearchKeys.Refresh(person);
        db.Beneficiaries.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }
}
