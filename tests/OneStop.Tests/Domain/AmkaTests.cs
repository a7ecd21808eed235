using OneStop.Web.Domain;

namespace OneStop.Tests.Domain;

public sealed class AmkaTests
{
    [Theory]
    [InlineData("23029237288", "1992-02-23", AmkaCheck.Valid)]
    [InlineData("28100745638", "2007-10-28", AmkaCheck.Valid)]
    [InlineData("230292 37288", "1992-02-23", AmkaCheck.Valid)]
    [InlineData("23029237288", null, AmkaCheck.Valid)]
    [InlineData("23029237288", "1992-02-24", AmkaCheck.BirthDateMismatch)]
    [InlineData("23029237289", "1992-02-23", AmkaCheck.ChecksumFailed)]
    [InlineData("32029237288", null, AmkaCheck.ChecksumFailed)]
    [InlineData("2302923728", null, AmkaCheck.WrongLength)]
    [InlineData("230292372881", null, AmkaCheck.WrongLength)]
    [InlineData("2302923728Χ", null, AmkaCheck.NotDigits)]
    [InlineData("", null, AmkaCheck.Empty)]
    [InlineData(null, null, AmkaCheck.Empty)]
    public void Check_Value_GivesExpectedResult(string? amka, string? birthDate, AmkaCheck expected)
    {
        var date = birthDate is null ? (DateOnly?)null : DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Amka.Check(amka, date));
    }

    [Theory]
    [InlineData(AmkaCheck.ChecksumFailed, true)]
    [InlineData(AmkaCheck.WrongLength, true)]
    [InlineData(AmkaCheck.NotDigits, true)]
    [InlineData(AmkaCheck.BirthDateMismatch, false)]
    [InlineData(AmkaCheck.Valid, false)]
    public void IsError_OnlyChecksumAndFormatAreErrors(AmkaCheck check, bool error) => Assert.Equal(error, Amka.IsError(check));
}
