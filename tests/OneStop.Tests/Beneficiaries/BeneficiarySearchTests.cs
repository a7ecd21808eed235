using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Beneficiaries;

public sealed class BeneficiarySearchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Api, int Structure, int Sibling)> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var sibling = await factory.StructureAsync(municipality);
        var frontDesk = await factory.UserAsync((AppRole.FrontDesk, structure));
        return (await factory.ApiAsAsync(frontDesk), structure, sibling);
    }

    private static async Task<List<string>> NamesAsync(HttpClient api, string q)
    {
        var result = await api.GetFromJsonAsync<JsonElement>($"/api/v1/beneficiaries?q={Uri.EscapeDataString(q)}");
        return result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("lastName").GetString()!).ToList();
    }

    [Theory]
    [InlineData("Papadopoulos")]
    [InlineData("Papadopulos")]
    [InlineData("ΠΑΠΑΔΟΠΟΥΛΟΣ")]
    [InlineData("παπαδόπουλος")]
    [InlineData("papad gian")]
    [InlineData("Γιάννης Παπα")]
    public async Task Search_AnySpellingOfTheName_FindsThePerson(string q)
    {
        var (api, structure, _) = await ArrangeAsync();
        await factory.BeneficiaryAsync(structure, "Παπαδόπουλος", "Γιάννης");
        await factory.BeneficiaryAsync(structure, "Οικονόμου", "Δέσποινα");

        var names = await NamesAsync(api, q);

        Assert.Equal(["Παπαδόπουλος"], names);
    }

    /// <summary>
    /// Two words of three letters or more go through the pair index (ADR 008); a word that starts
    /// another is implied by it; a short word is checked on the longer word's walk; every query word
    /// must start a different word of the name.
    /// </summary>
    [Fact]
    public async Task Search_SeveralWords_MatchDifferentWordsOfTheName()
    {
        var (api, structure, _) = await ArrangeAsync();
        await factory.BeneficiaryAsync(structure, "Ανδρέου", "Ανδρέας");
        await factory.BeneficiaryAsync(structure, "Ανδρεάδης", "Νίκος");
        await factory.BeneficiaryAsync(structure, "Smith", "Jo");

        Assert.Equal(["Ανδρέου"], await NamesAsync(api, "andreou andreas"));
        Assert.Equal(["Ανδρέου"], await NamesAsync(api, "Ανδρέα Ανδρέου"));
        Assert.Equal(2, (await NamesAsync(api, "and andr")).Count);
        Assert.Equal(["Ανδρεάδης"], await NamesAsync(api, "nik andr"));
        Assert.Empty(await NamesAsync(api, "nik andreou"));
        Assert.Equal(["Smith"], await NamesAsync(api, "smi jo"));
        Assert.Equal(["Smith"], await NamesAsync(api, "jo smith"));
        Assert.Empty(await NamesAsync(api, "andreas andreou nik"));
    }

    /// <summary>The other words are checked on the words kept with each key and pair (ADR 081): a rename updates them.</summary>
    [Fact]
    public async Task Search_AfterRename_MatchesTheNewWordsOnly()
    {
        var (api, structure, _) = await ArrangeAsync();
        var id = await factory.BeneficiaryAsync(structure, "Ανδρέου", "Ανδρέας");
        var version = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/beneficiaries/{id}")).GetProperty("version").GetInt32();

        var put = await api.PutAsJsonAsync($"/api/v1/beneficiaries/{id}", new { lastName = "Ανδρέου", firstName = "Νικόλαος", version });

        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        Assert.Equal(["Ανδρέου"], await NamesAsync(api, "andreou nikol"));
        Assert.Equal(["Ανδρέου"], await NamesAsync(api, "Ανδρέου Ν"));
        Assert.Empty(await NamesAsync(api, "andreou andreas"));
        Assert.Empty(await NamesAsync(api, "Νικ Ανδρέας"));
    }

    [Fact]
    public async Task Search_LatinVariantsOfMp_FindMpakogianni()
    {
        var (api, structure, _) = await ArrangeAsync();
        await factory.BeneficiaryAsync(structure, "Μπακογιάννη", "Μαρία");

        Assert.Equal(["Μπακογιάννη"], await NamesAsync(api, "Bakogianni"));
        Assert.Equal(["Μπακογιάννη"], await NamesAsync(api, "Mpakogianni"));
    }

    [Fact]
    public async Task Search_IdentifiersAndPhone_MatchExactlyOrByLastDigits()
    {
        var (api, structure, _) = await ArrangeAsync();
        await factory.BeneficiaryAsync(structure, "Οικονόμου", "Δέσποινα", amka: "23029237288", afm: "365414580", phone: "694 123 4567");
        await factory.BeneficiaryAsync(structure, "Ιωάννου", "Νίκος", phone: "2101234000");

        Assert.Equal(["Οικονόμου"], await NamesAsync(api, "23029237288"));
        Assert.Equal(["Οικονόμου"], await NamesAsync(api, "365414580"));
        Assert.Equal(["Οικονόμου"], await NamesAsync(api, "4567"));
        Assert.Empty(await NamesAsync(api, "2302923728"));
    }

    [Fact]
    public async Task Search_PersonOfAnotherStructure_NotFound()
    {
        var (api, _, sibling) = await ArrangeAsync();
        await factory.BeneficiaryAsync(sibling, "Γεωργίου", "Ιωάννης", amka: "10088670194");

        Assert.Empty(await NamesAsync(api, "Γεωργίου"));
        Assert.Empty(await NamesAsync(api, "10088670194"));
    }
}
