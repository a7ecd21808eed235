using OneStop.Web.Domain;

namespace OneStop.Tests.Domain;

public sealed class AfmTests
{
    [Theory]
    [InlineData("365414580", true)]
    [InlineData("178108012", true)]
    [InlineData("094014201", true)]
    [InlineData("94014201", true)]
    [InlineData("EL094014201", true)]
    [InlineData("GR 094 014 201", true)]
    [InlineData("el094014201", true)]
    [InlineData("365414581", false)]
    [InlineData("000000000", false)]
    [InlineData("00000000", false)]
    [InlineData("36541458", false)]
    [InlineData("3654145800", false)]
    [InlineData("36541458Α", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Value_GivesExpectedResult(string? afm, bool valid) => Assert.Equal(valid, Afm.IsValid(afm));

    [Theory]
    [InlineData("94014201", "094014201")]
    [InlineData("EL094014201", "094014201")]
    [InlineData("12345", null)]
    public void Normalize_Value_GivesCanonicalForm(string value, string? expected) => Assert.Equal(expected, Afm.Normalize(value));
}
