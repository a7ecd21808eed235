using OneStop.Web.Exports;

namespace OneStop.Tests.Exports;

public sealed class SafeCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("Παπαδοπούλου", "Παπαδοπούλου")]
    [InlineData("a=1+1", "a=1+1")]
    [InlineData("'=1", "'=1")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_LeadingFormulaCharacter_GetsApostrophe(string? value, string expected) => Assert.Equal(expected, SafeCell.Text(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1)")]
    [InlineData("Παπαδοπούλου")]
    [InlineData("'quoted")]
    public void Undo_WhatTextWrote_ReadsBackAsTyped(string value) => Assert.Equal(value, SafeCell.Undo(SafeCell.Text(value)));

    [Fact]
    public void CsvWriter_TextNumberDate_QuotedPerRfc4180AndNeutralised()
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        csv.Text("=HYPERLINK(\"http://x\",\"y\")").Text("a,b").Text("line\nbreak").Text(null).Number(-2).Number(null).Date(new DateOnly(2024, 3, 1)).EndRow();
        csv.Row(["-2+3", "@SUM(1)"]);

        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"a,b\",\"line\nbreak\",,-2,,2024-03-01\r\n'-2+3,'@SUM(1)\r\n", text.ToString());
    }
}
