using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Cases;

/// <summary>A structure with its staff, a person who visited, and a neighbouring structure's caseworker.</summary>
public sealed record CaseWorld(int Municipality, int Structure, int Other, int Service, int OtherService, int Person, long Visit,
    string Caseworker, string CaseworkerId, string Coordinator, string FrontDesk, string FrontDeskId, string OtherCaseworker, string OtherCaseworkerId, string Supervisor);

public static class CaseArrange
{
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens")));

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<CaseWorld> WorldAsync(this AppFactory factory)
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var other = await factory.StructureAsync(municipality);
        var service = await factory.ServiceAsync(structure, "Ψυχοκοινωνική στήριξη", Axis.C);
        var otherService = await factory.ServiceAsync(other, "Διανομή τροφίμων", Axis.C);
        var caseworker = await factory.UserAsync((AppRole.Caseworker, structure));
        var coordinator = await factory.UserAsync((AppRole.Coordinator, structure));
        var frontDesk = await factory.UserAsync((AppRole.FrontDesk, structure));
        var otherCaseworker = await factory.UserAsync((AppRole.Caseworker, other));
        var supervisor = await factory.UserAsync((AppRole.Supervisor, structure));
        var person = await factory.BeneficiaryAsync(structure, "Αντωνίου", "Σοφία");
        var desk = await factory.ApiAsAsync(frontDesk);
        var visit = await desk.PostAsJsonAsync("/api/v1/visits", new { structureId = structure, beneficiaryId = person, reason = "Στεγαστικό πρόβλημα", axis = "A", outcome = "appointment" });
        var visitId = (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        return new CaseWorld(municipality, structure, other, service, otherService, person, visitId, caseworker, await factory.UserIdAsync(caseworker), coordinator,
            frontDesk, await factory.UserIdAsync(frontDesk), otherCaseworker, await factory.UserIdAsync(otherCaseworker), supervisor);
    }

    public static async Task<string> UserIdAsync(this AppFactory factory, string email)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    public static async Task<int> OpenCaseAsync(this HttpClient api, CaseWorld w)
    {
        var response = await api.PostAsJsonAsync("/api/v1/cases", new { structureId = w.Structure, beneficiaryId = w.Person, visitId = w.Visit });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<int> ProgrammeAsync(this AppFactory factory)
    {
        await using var scope = factory.Scope();
        return await factory.Db(scope).Programmes.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}

/// <summary>The case tests share one application: its start, not the tests, is what takes time.</summary>
[CollectionDefinition(Name)]
public sealed class CasesCollection : ICollectionFixture<AppFactory>
{
    public const string Name = "Cases";
}
