using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data.Entities;

namespace OneStop.Tests.Infrastructure;

/// <summary>Arranges municipalities, structures and users straight in the database.</summary>
public static class TestData
{
    public const string Password = "User-Password-1";

    public static async Task<int> MunicipalityAsync(this AppFactory factory, string? name = null)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var municipality = new Municipality { Name = name ?? "Δήμος " + Guid.NewGuid().ToString("N")[..8] };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return municipality.Id;
    }

    public static async Task<int> StructureAsync(this AppFactory factory, int municipalityId, string? name = null, string type = "community_centre", int? parentId = null, bool isProtected = false)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var typeId = await db.StructureTypes.Where(t => t.Code == type).Select(t => t.Id).SingleAsync();
        var structure = new Structure
        {
            Name = name ?? "Δομή " + Guid.NewGuid().ToString("N")[..8],
            MunicipalityId = municipalityId,
            StructureTypeId = typeId,
            ParentId = parentId,
            IsProtected = isProtected,
        };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        return structure.Id;
    }

    /// <summary>Creates a user with the given roles; returns the e-mail (password: <see cref="Password"/>).</summary>
    public static async Task<string> UserAsync(this AppFactory factory, params (AppRole Role, int? StructureId)[] roles)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"user-{Guid.NewGuid():N}@test.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Test " + email[5..13] };
        user.RoleAssignments.AddRange(roles.Select(r => new RoleAssignment { UserId = user.Id, Role = r.Role, StructureId = r.StructureId }));
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A person registered by (and linked to) a structure; returns the id.</summary>
    public static async Task<int> BeneficiaryAsync(this AppFactory factory, int structureId, string lastName, string firstName, string? amka = null, string? afm = null, string? phone = null, DateOnly? birthDate = null, string? latinLastName = null)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var structure = await db.Structures.SingleAsync(s => s.Id == structureId);
        var person = new Beneficiary
        {
            MunicipalityId = structure.MunicipalityId,
            Partition = structure.IsProtected ? $"p{structure.Id}" : $"m{structure.MunicipalityId}",
            LastName = lastName, FirstName = firstName, LatinLastName = latinLastName, Amka = amka, Afm = afm, Phone = phone, BirthDate = birthDate,
        };
        person.Links.Add(new BeneficiaryLink { StructureId = structureId, Reason = LinkReason.Registered });
        OneStop.Web.Features.Beneficiaries.SearchKeys.Refresh(person);
        db.Beneficiaries.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    public static Task<HttpClient> ApiAsAsync(this AppFactory factory, string email) => factory.ApiAsync(email, Password);
}
