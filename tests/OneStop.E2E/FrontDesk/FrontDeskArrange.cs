using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;

namespace OneStop.E2E.FrontDesk;

/// <summary>People and staff of a structure, added straight to the database of the test server.</summary>
public static class FrontDeskArrange
{
    public const string Password = "Front-Desk-Password-1";

    public static async Task<string> FrontDeskUserAsync(this AppServer server, int structureId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"desk-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Μαρία Υποδοχής" };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.FrontDesk, StructureId = structureId });
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    public static async Task<int> PersonAsync(this AppServer server, int structureId, string lastName, string firstName, string amka)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = await db.Structures.SingleAsync(s => s.Id == structureId);
        var person = new Beneficiary
        {
            MunicipalityId = structure.MunicipalityId, Partition = $"m{structure.MunicipalityId}",
            LastName = lastName, FirstName = firstName, Amka = amka, BirthDate = new DateOnly(1992, 2, 23),
        };
        person.Links.Add(new BeneficiaryLink { StructureId = structureId, Reason = LinkReason.Registered });
        OneStop.Web.Features.Beneficiaries.SearchKeys.Refresh(person);
        db.Beneficiaries.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }
}
