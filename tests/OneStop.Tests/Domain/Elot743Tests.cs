using OneStop.Web.Domain;

namespace OneStop.Tests.Domain;

public sealed class Elot743Tests
{
    [Theory]
    [InlineData("Παπαδόπουλος", "Papadopoulos")]
    [InlineData("ΠΑΠΑΔΟΠΟΥΛΟΣ", "PAPADOPOULOS")]
    [InlineData("Μπακογιάννη", "Bakogianni")]
    [InlineData("Καμπάνης", "Kampanis")]
    [InlineData("Ντόρα", "Ntora")]
    [InlineData("Παντελής", "Pantelis")]
    [InlineData("Αγγελική", "Angeliki")]
    [InlineData("Γκίκας", "Gkikas")]
    [InlineData("Σφίγξ", "Sfinx")]
    [InlineData("Μελαγχολία", "Melancholia")]
    [InlineData("Ευάγγελος", "Evangelos")]
    [InlineData("Ευθύμιος", "Efthymios")]
    [InlineData("Αύγουστος", "Avgoustos")]
    [InlineData("Ναύπακτος", "Nafpaktos")]
    [InlineData("Παύλος", "Pavlos")]
    [InlineData("Ηύρα", "Ivra")]
    [InlineData("Ταΰγετος", "Taygetos")]
    [InlineData("Θεοδώρα", "Theodora")]
    [InlineData("ΘΕΟΔΩΡΑ", "THEODORA")]
    [InlineData("Χαράλαμπος", "Charalampos")]
    [InlineData("Ψαρράς", "Psarras")]
    [InlineData("Ξανθή", "Xanthi")]
    [InlineData("Γεωργίου-Αχμέτ", "Georgiou-Achmet")]
    [InlineData("Μουσταφά 2ος", "Moustafa 2os")]
    public void Transliterate_GreekName_GivesPassportSpelling(string greek, string latin) => Assert.Equal(latin, Elot743.Transliterate(greek));
}
