using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Tests.Domain;

public sealed class CountriesTests
{
    [Fact]
    public void All_IsoList_HasEveryAlpha2CodeOnceWithBothNames()
    {
        Assert.True(Countries.All.Count >= 249);
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Countries.All, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.NameEn));
            Assert.False(string.IsNullOrWhiteSpace(c.NameEl));
        });
    }

    [Theory]
    [InlineData("GR", "Greece", "Ελλάδα")]
    [InlineData("al", "Albania", "Αλβανία")]
    [InlineData("DE", "Germany", "Γερμανία")]
    public void Name_KnownCode_InEitherLanguage(string code, string english, string greek)
    {
        Assert.Equal(english, Countries.Name(code, english: true));
        Assert.Equal(greek, Countries.Name(code, english: false));
    }

    [Fact]
    public void IsKnown_MadeUpCode_False() => Assert.False(Countries.IsKnown("XX"));
}
