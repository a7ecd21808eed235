using System.Text.RegularExpressions;

namespace OneStop.Tests.Architecture;

/// <summary>
/// The layers of src/OneStop.Web hold (ADR 093): the Domain is pure rules over the vocabulary,
/// Exports render plain records, Features never reach up into the transport (Api, Pages) or the
/// composition root (Setup), and a view injects texts, never a service. These tests read the source
/// tree, so a file that breaks a rule is named with its line.
/// </summary>
public sealed partial class LayerTests
{
    public static TheoryData<string, string> Rules => new()
    {
        // layer folder, what it must not use
        { "Domain/", @"\bOneStop\.Data\b|\bData\.Entities\b|\bAppDbContext\b|\bMicrosoft\.EntityFrameworkCore\b|\bOneStop\.Web\.(Features|Api|Pages|Exports|Setup)\b" },
        { "Exports/", @"\bOneStop\.Data\b|\bData\.Entities\b|\bAppDbContext\b|\bMicrosoft\.EntityFrameworkCore\b|\bOneStop\.Web\.(Features|Api|Pages|Setup)\b" },
        { "Features/", @"\bOneStop\.Web\.(Api|Pages|Setup)\b|(?<![\w.])(Api|Pages|Setup)\.[A-Z]\w*" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Layer_UsesNothingAboveIt(string layer, string forbidden)
    {
        var pattern = new Regex(forbidden);
        var offenders = Source.Files("*.cs")
            .Where(f => f.Relative.StartsWith(layer, StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f.Path).Select((text, i) => (f.Relative, Line: i + 1, Text: text)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(l.Text))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, $"{layer} uses a layer above it:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Views_InjectTextsOnly()
    {
        var offenders = Source.Files("*.cshtml")
            .SelectMany(f => File.ReadLines(f.Path).Select((text, i) => (f.Relative, Line: i + 1, Text: text.Trim())))
            .Where(l => l.Text.StartsWith("@inject ", StringComparison.Ordinal) && !TextsOnly().IsMatch(l.Text))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(offenders.Count == 0, "Views that inject a service (use a page model or a view component):\n" + string.Join('\n', offenders));
    }

    // Localizers, the app's *Texts helpers (enum → text over a localizer) and the framework's antiforgery token.
    [GeneratedRegex(@"^@inject ((Microsoft\.Extensions\.Localization\.)?IStringLocalizer<\w+>|I(Html|View)Localizer(<\w+>)?|\w+Texts|Microsoft\.AspNetCore\.Antiforgery\.IAntiforgery) \w+$")]
    private static partial Regex TextsOnly();
}
