using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Distribution;

public sealed class DistributionApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    // A 1×1 transparent PNG, as a canvas would send it.
    private const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    [Fact]
    public async Task Post_FrequencyRuleAndListDates_RefusedExactlyBeyondTheirBoundaries()
    {
        var c = await factory.CentreAsync();
        var person = await factory.BeneficiaryAsync(c.Structure, "Οικονόμου", "Άννα");
        var monthly = await c.ListAsync(2, "month", enforced: true);
        var weekly = await c.ListAsync(1, "week", enforced: true);
        await c.PutHouseholdAsync(monthly, person, 3, "2025-03-10", "2025-04-30");
        await c.PutHouseholdAsync(weekly, person, 3, "2025-01-01");

        async Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> GiveAsync(int list, string day)
        {
            var response = await c.Api.PostAsJsonAsync("/api/v1/distributions", new { listId = list, beneficiaryId = person, occurredAt = CommunityData.Noon(day), parcels = 1, signature = "paper" });
            return (response.StatusCode, await response.JsonAsync());
        }

        var beforeStart = await GiveAsync(monthly, "2025-03-09");
        Assert.Equal(HttpStatusCode.Conflict, beforeStart.Status);
        Assert.False(beforeStart.Body.GetProperty("eligibility").GetProperty("inDates").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, (await GiveAsync(monthly, "2025-03-10")).Status);
        Assert.Equal(HttpStatusCode.Created, (await GiveAsync(monthly, "2025-03-31")).Status);
        var third = await GiveAsync(monthly, "2025-03-31");
        Assert.Equal(HttpStatusCode.Conflict, third.Status);
        Assert.Equal(2, third.Body.GetProperty("eligibility").GetProperty("receivedInPeriod").GetInt32());
        Assert.Equal("2025-03-01", third.Body.GetProperty("eligibility").GetProperty("periodFrom").GetString());
        Assert.Equal(HttpStatusCode.Created, (await GiveAsync(monthly, "2025-04-01")).Status);
        Assert.Equal(HttpStatusCode.Created, (await GiveAsync(monthly, "2025-04-30")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await GiveAsync(monthly, "2025-05-01")).Status);

        Assert.Equal(HttpStatusCode.Created, (await GiveAsync(weekly, "2025-03-09")).Status); // Sunday
        Assert.Equal(HttpStatusCode.Created, (await GiveAsync(weekly, "2025-03-10")).Status); // Monday: a new week
        Assert.Equal(HttpStatusCode.Conflict, (await GiveAsync(weekly, "2025-03-16")).Status); // Sunday of that week

        var counter = await (await c.Api.GetAsync($"/api/v1/eligibility-lists/{monthly}/eligibility/{person}?date=2025-04-15")).JsonAsync();
        Assert.False(counter.GetProperty("eligible").GetBoolean());
        Assert.Equal(2, counter.GetProperty("previous").GetArrayLength());
        var stranger = await factory.BeneficiaryAsync(c.Structure, "Ξένου", "Πέτρος");
        var offList = await (await c.Api.GetAsync($"/api/v1/eligibility-lists/{monthly}/eligibility/{stranger}?date=2025-04-15")).JsonAsync();
        Assert.False(offList.GetProperty("onList").GetBoolean());

        await using var scope = factory.Scope();
        Assert.Equal(4, await factory.Db(scope).Distributions.CountAsync(d => d.ListId == monthly));
    }

    [Fact]
    public async Task Report_Period_HouseholdsPersonsItemsMealsAndEndRecipients()
    {
        var c = await factory.CentreAsync();
        var list = await c.ListAsync(4, "month", enforced: false);
        var mother = await factory.BeneficiaryAsync(c.Structure, "Αλεξίου", "Σοφία", birthDate: new DateOnly(1990, 5, 1));
        var elder = await factory.BeneficiaryAsync(c.Structure, "Δήμου", "Κώστας", birthDate: new DateOnly(1950, 1, 1));
        await using (var arrange = factory.Scope())
        {
            var db = factory.Db(arrange);
            var m = await db.Beneficiaries.Include(b => b.Household).SingleAsync(b => b.Id == mother);
            m.Gender = Gender.Female;
            m.ThirdCountryNational = true;
            m.Homeless = YesNoRefused.Yes;
            m.Household.Add(new HouseholdMember { Name = "Παιδί", Relationship = HouseholdRelationship.Child, BirthDate = new DateOnly(2015, 1, 1) });
            m.Household.Add(new HouseholdMember { Name = "Έφηβος", Relationship = HouseholdRelationship.Child, BirthDate = new DateOnly(2000, 1, 1) });
            var e = await db.Beneficiaries.SingleAsync(b => b.Id == elder);
            e.Gender = Gender.Male;
            e.Disability = YesNoRefused.Refused;
            e.Minority = YesNoRefused.Yes;
            await db.SaveChangesAsync();
        }

        await c.PutHouseholdAsync(list, mother, 3, "2025-01-01");
        await c.PutHouseholdAsync(list, elder, 1, "2025-01-01");
        var round = await (await c.Api.PostAsJsonAsync($"/api/v1/eligibility-lists/{list}/rounds", new { day = "2025-06-10", place = "Πλατεία", anonymousMeals = 35 })).JsonAsync();
        var roundId = round.GetProperty("id").GetInt32();
        var signed = await c.Api.PostAsJsonAsync("/api/v1/distributions", new { listId = list, beneficiaryId = mother, roundId, occurredAt = CommunityData.Noon("2025-06-10"), parcels = 2, items = "Δέμα ΤΕΒΑ", signature = "drawn", signaturePng = Png });
        var unsigned = await c.Api.PostAsJsonAsync("/api/v1/distributions", new { listId = list, beneficiaryId = elder, occurredAt = CommunityData.Noon("2025-06-11"), signature = "drawn" });
        await c.Api.PostAsJsonAsync("/api/v1/distributions", new { listId = list, beneficiaryId = mother, occurredAt = CommunityData.Noon("2025-06-20"), parcels = 1, items = "Γάλα", signature = "paper" });
        await c.Api.PostAsJsonAsync("/api/v1/distributions", new { listId = list, beneficiaryId = elder, occurredAt = CommunityData.Noon("2025-06-21"), parcels = 1, items = "Δέμα ΤΕΒΑ", signature = "paper" });
        await c.Api.PostAsJsonAsync("/api/v1/distributions", new { listId = list, beneficiaryId = elder, occurredAt = CommunityData.Noon("2025-07-01"), parcels = 5, signature = "paper" });

        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        var signedId = (await signed.JsonAsync()).GetProperty("distribution").GetProperty("id").GetInt64();
        var image = await c.Api.GetAsync($"/api/v1/distributions/{signedId}/signature.png");
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.True((await unsigned.JsonAsync()).GetProperty("errors").TryGetProperty("signaturePng", out _));

        var report = await (await c.Api.GetAsync($"/api/v1/structures/{c.Structure}/distribution-report?from=2025-06-01&to=2025-06-30")).JsonAsync();
        Assert.Equal(3, report.GetProperty("distributions").GetInt32());
        Assert.Equal(2, report.GetProperty("householdsServed").GetInt32());
        Assert.Equal(4, report.GetProperty("personsServed").GetInt32());
        Assert.Equal(4, report.GetProperty("parcels").GetInt32());
        Assert.Equal(35, report.GetProperty("anonymousMeals").GetInt32());
        Assert.Equal(3, report.GetProperty("items")[0].GetProperty("parcels").GetInt32());
        var r = report.GetProperty("endRecipients");
        Assert.Equal(4, r.GetProperty("total").GetInt32());
        Assert.Equal(1, r.GetProperty("childrenUnder18").GetInt32());
        Assert.Equal(1, r.GetProperty("from18To29").GetInt32());
        Assert.Equal(1, r.GetProperty("aged65OrOver").GetInt32());
        Assert.Equal(0, r.GetProperty("withDisabilities").GetInt32()); // refused never counts
        Assert.Equal(1, r.GetProperty("thirdCountryNationals").GetInt32());
        Assert.Equal(1, r.GetProperty("foreignBackgroundOrMinorities").GetInt32());
        Assert.Equal(1, r.GetProperty("homeless").GetInt32());
        Assert.Equal(1, r.GetProperty("women").GetInt32());

        // Another structure's staff sees none of it.
        var other = await factory.StructureAsync(c.Municipality);
        var outsider = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, other)));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/structures/{c.Structure}/distribution-report?from=2025-06-01&to=2025-06-30")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/distributions/{signedId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync("/api/v1/distributions", new { listId = list, beneficiaryId = mother, signature = "paper" })).StatusCode);
    }
}
