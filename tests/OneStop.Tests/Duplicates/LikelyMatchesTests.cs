using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Duplicates;

public sealed class LikelyMatchesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly DateOnly Born = new(1980, 1, 1);

    private static async Task<List<int>> MatchesAsync(HttpClient api, string last, string first, string? birthDate, string extra = "")
    {
        var url = $"/api/v1/beneficiaries/likely-matches?lastName={Uri.EscapeDataString(last)}&firstName={Uri.EscapeDataString(first)}&birthDate={birthDate}{extra}";
        var result = await api.GetFromJsonAsync<JsonElement>(url);
        return result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
    }

    [Fact]
    public async Task LikelyMatches_GreekPersonLatinQuerySameDate_Candidate()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));
        var person = await factory.BeneficiaryAsync(structure, "Παπαδόπουλος", "Γιάννης", birthDate: Born);
        await factory.BeneficiaryAsync(structure, "Οικονόμου", "Γιάννης", birthDate: Born);

        var result = await api.GetFromJsonAsync<JsonElement>("/api/v1/beneficiaries/likely-matches?lastName=Papadopoulos&firstName=Giannis&birthDate=1980-01-01");

        var item = Assert.Single(result.GetProperty("items").EnumerateArray());
        Assert.Equal(person, item.GetProperty("id").GetInt32());
        Assert.Equal("Παπαδόπουλος", item.GetProperty("lastName").GetString());
        Assert.Equal("1980-01-01", item.GetProperty("birthDate").GetString());
        Assert.Equal(2, item.GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task LikelyMatches_LatinPersonGreekQuery_CandidateAndDifferentDateNot()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));
        var person = await factory.BeneficiaryAsync(structure, "Papadopoulos", "Giannis", birthDate: Born);

        Assert.Equal([person], await MatchesAsync(api, "ΠΑΠΑΔΟΠΟΥΛΟΣ", "Γιάννης", "1980-01-01"));
        Assert.Equal([person], await MatchesAsync(api, "Παπαδόπουλος", "Γιαν", "1980-01-01"));
        Assert.Empty(await MatchesAsync(api, "Παπαδόπουλος", "Γιάννης", "1981-01-01"));
        Assert.Empty(await MatchesAsync(api, "Παπαδάκης", "Γιάννης", "1980-01-01"));
    }

    [Fact]
    public async Task LikelyMatches_BirthDateMissingOnOneSide_WeakerCandidate()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));
        var undated = await factory.BeneficiaryAsync(structure, "Παπαδόπουλος", "Γιάννης");
        var dated = await factory.BeneficiaryAsync(structure, "Papadopoulos", "Giannis", birthDate: Born);

        var result = await api.GetFromJsonAsync<JsonElement>("/api/v1/beneficiaries/likely-matches?lastName=Papadopoulos&firstName=Giannis&birthDate=1980-01-01");

        var scores = result.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("score").GetInt32())).ToList();
        Assert.Equal(new List<(int, int)> { (dated, 2), (undated, 1) }, scores);
    }

    [Fact]
    public async Task LikelyMatches_BadDateOrMissingName_400KeyedByField()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));

        var response = await api.GetAsync("/api/v1/beneficiaries/likely-matches?lastName=Papadopoulos&birthDate=01/01/1980");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("firstName", out _));
        Assert.True(errors.TryGetProperty("birthDate", out _));
    }

    [Fact]
    public async Task LikelyMatches_PersonOfProtectedStructure_NeverOfferedToAnotherStructure()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var shelter = await factory.StructureAsync(municipality, isProtected: true);
        await factory.BeneficiaryAsync(shelter, "Παπαδοπούλου", "Μαρία", birthDate: Born);
        var frontDesk = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));
        var coordinator = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, structure)));
        var bothPlaces = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure), (AppRole.FrontDesk, shelter)));

        Assert.Empty(await MatchesAsync(frontDesk, "Papadopoulou", "Maria", "1980-01-01"));
        Assert.Empty(await MatchesAsync(coordinator, "Papadopoulou", "Maria", "1980-01-01"));
        Assert.Empty(await MatchesAsync(bothPlaces, "Papadopoulou", "Maria", "1980-01-01", $"&structureId={structure}"));
        Assert.Single(await MatchesAsync(bothPlaces, "Papadopoulou", "Maria", "1980-01-01", $"&structureId={shelter}"));
    }

    [Fact]
    public async Task NotDuplicates_PairDismissed_NeverOfferedAgain()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var email = await factory.UserAsync((AppRole.Coordinator, structure));
        var api = await factory.ApiAsAsync(email);
        var greek = await factory.BeneficiaryAsync(structure, "Παπαδόπουλος", "Γιάννης", birthDate: Born);
        var latin = await factory.BeneficiaryAsync(structure, "Papadopoulos", "Giannis", birthDate: Born);
        var browser = await factory.BrowserAsync(email, TestData.Password);
        Assert.Equal([latin], await MatchesAsync(api, "Παπαδόπουλος", "Γιάννης", "1980-01-01", $"&forId={greek}"));
        Assert.Contains($"merged={latin}", await browser.GetStringAsync("/Beneficiaries/Duplicates"));

        var response = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{latin}/not-duplicates", new { otherId = greek });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await MatchesAsync(api, "Παπαδόπουλος", "Γιάννης", "1980-01-01", $"&forId={greek}"));
        Assert.Empty(await MatchesAsync(api, "Papadopoulos", "Giannis", "1980-01-01", $"&forId={latin}"));
        Assert.DoesNotContain($"merged={latin}", await browser.GetStringAsync("/Beneficiaries/Duplicates"));
        Assert.DoesNotContain("Papadopoulos", await browser.GetStringAsync($"/Beneficiaries/Duplicates/Candidates?forId={greek}"));
    }

    [Fact]
    public async Task DismissForm_FromDuplicatesList_RemembersPairAndRedirects()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var email = await factory.UserAsync((AppRole.Coordinator, structure));
        var first = await factory.BeneficiaryAsync(structure, "Οικονόμου", "Δέσποινα", birthDate: Born);
        var second = await factory.BeneficiaryAsync(structure, "Oikonomou", "Despoina", birthDate: Born);
        var browser = await factory.BrowserAsync(email, TestData.Password);

        var response = await browser.PostFormToAsync("/Beneficiaries/Duplicates", "/Beneficiaries/Duplicates/Dismiss", new() { ["id"] = $"{first}", ["otherId"] = $"{second}" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Δεν βρέθηκαν πιθανά διπλότυπα", await browser.GetStringAsync("/Beneficiaries/Duplicates"));
    }

    [Fact]
    public async Task Candidates_Fragment_ListsMatchWithBothChoices()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var browser = await factory.BrowserAsync(await factory.UserAsync((AppRole.FrontDesk, structure)), TestData.Password);
        var person = await factory.BeneficiaryAsync(structure, "Μπακογιάννη", "Μαρία", birthDate: Born);

        var html = await browser.GetStringAsync($"/Beneficiaries/Duplicates/Candidates?lastName=Bakogianni&firstName=Maria&birthDate=1980-01-01&structureId={structure}");

        Assert.Contains("Μπακογιάννη Μαρία", html);
        Assert.Contains($"/Beneficiaries/Details/{person}", html);
        Assert.Contains("hx-post=\"/Beneficiaries/Duplicates/Dismiss\"", html);
        Assert.DoesNotContain("<html", html);
    }
}
