using OneStop.Web.Domain;

namespace OneStop.Tests.Domain;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Papadopoulos", "Παπαδόπουλος")]
    [InlineData("Papadopulos", "Παπαδόπουλος")]
    [InlineData("ΠΑΠΑΔΟΠΟΥΛΟΣ", "παπαδόπουλος")]
    [InlineData("Bakogianni", "Μπακογιάννη")]
    [InlineData("Mpakogianni", "Μπακογιάννη")]
    [InlineData("Eirini", "Ειρήνη")]
    [InlineData("Irini", "Ειρήνη")]
    [InlineData("Evaggelos", "Ευάγγελος")]
    [InlineData("Evangelos", "Ευάγγελος")]
    [InlineData("Dimitris", "Ντιμήτρης")]
    [InlineData("Christos", "Χρήστος")]
    [InlineData("Hristos", "Χρήστος")]
    [InlineData("Fotis", "Φώτης")]
    [InlineData("Photis", "Φώτης")]
    [InlineData("Alexandros", "Αλέξανδρος")]
    [InlineData("Aleksandros", "Αλέξανδρος")]
    [InlineData("Kostas", "Κώστας")]
    [InlineData("Konstantinos", "Κωνσταντίνος")]
    [InlineData("Ioannou", "Ιωάννου")]
    [InlineData("Nikolaou", "Νικολάου")]
    [InlineData("Maria", "Μαρία")]
    [InlineData("Γιαννης", "Γιάννης")]
    [InlineData("ΓΙΆΝΝΗΣ", "Γιάννης")]
    [InlineData("Ιωαννης", "Ιωάννης")]
    public void WordKeys_DifferentSpellings_Meet(string typed, string stored) =>
        Assert.Equal(NameKey.WordKeys(stored), NameKey.WordKeys(typed));

    [Theory]
    [InlineData("papad", "Παπαδόπουλος Γιάννης", true)]
    [InlineData("Γιαν Παπα", "Παπαδόπουλος Γιάννης", true)]
    [InlineData("giannis papadopoulos", "Παπαδόπουλος Γιάννης", true)]
    [InlineData("papa papa", "Παπαδόπουλος Γιάννης", false)]
    [InlineData("doulos", "Παπαδόπουλος Γιάννης", false)]
    [InlineData("Mpako Maria", "Μαρία Μπακογιάννη", true)]
    [InlineData("", "Μαρία", false)]
    public void Matches_QueryWordsArePrefixesInAnyOrder(string query, string name, bool expected) =>
        Assert.Equal(expected, NameKey.Matches(query, name));

    [Theory]
    [InlineData("ΚΑΡΑΪΣΚΆΚΗΣ", "καραισκακησ")]
    [InlineData("Νίκος", "νικοσ")]
    [InlineData("Ζωή", "ζωη")]
    [InlineData("José", "jose")]
    public void Fold_RemovesCaseAccentsDialytikaAndFinalSigma(string text, string folded) => Assert.Equal(folded, NameKey.Fold(text));
}
