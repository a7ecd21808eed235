using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Infrastructure;

/// <summary>Arranges what the community tests need: a structure with staff, people and eligibility lists.</summary>
public static class CommunityData
{
    public sealed record Centre(int Municipality, int Structure, string FrontDesk, string Coordinator, HttpClient Api, HttpClient CoordinatorApi);

    public static async Task<Centre> CentreAsync(this AppFactory factory)
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality, type: "food_distribution");
        var frontDesk = await factory.UserAsync((AppRole.FrontDesk, structure));
        var coordinator = await factory.UserAsync((AppRole.Coordinator, structure));
        return new Centre(municipality, structure, frontDesk, coordinator, await factory.ApiAsAsync(frontDesk), await factory.ApiAsAsync(coordinator));
    }

    /// <summary>Creates a list through the API (as the coordinator) and returns its id.</summary>
    public static async Task<int> ListAsync(this Centre c, int maxPerPeriod, string period, bool enforced)
    {
        var response = await c.CoordinatorApi.PostAsJsonAsync("/api/v1/eligibility-lists", new { structureId = c.Structure, name = "ΤΕΒΑ " + Guid.NewGuid().ToString("N")[..6], maxPerPeriod, period, enforced });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task PutHouseholdAsync(this Centre c, int list, int person, int size, string start, string? end = null)
    {
        var response = await c.Api.PutAsJsonAsync($"/api/v1/eligibility-lists/{list}/households", new { beneficiaryId = person, householdSize = size, startDate = start, endDate = end });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Noon of an Athens day, as the API takes a time.</summary>
    public static string Noon(string day) => new DateTimeOffset(AthensClock.ToUtc(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(12, 0)), TimeSpan.Zero).ToString("O");

    public static DateOnly AthensToday => AthensClock.DayOf(DateTime.UtcNow);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
