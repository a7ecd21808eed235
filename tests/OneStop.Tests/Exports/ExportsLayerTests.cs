using System.Text.RegularExpressions;

namespace OneStop.Tests.Exports;

/// <summary>ADR 092: renderers take plain records, and every document is drawn on one shared sheet.</summary>
public sealed partial class ExportsLayerTests
{
    [Fact]
    public void Exports_UseNeitherDataNorFeatures()
    {
        var offending = SourceFiles("Exports")
            .Where(f => DataOrFeatures().IsMatch(File.ReadAllText(f.Path)))
            .Select(f => f.Relative);

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("XLWorkbook", "Exports/XlsxSheet.cs")]
    [InlineData("PdfDocument", "Exports/PdfSheet.cs")]
    [InlineData("XGraphics.FromPdfPage", "Exports/PdfSheet.cs")]
    [InlineData("\"text/csv", "Exports/CsvWriter.cs")]
    public void Writers_OnlyTheSharedSheetCreatesTheDocument(string construct, string owner)
    {
        var files = SourceFiles("").Where(f => File.ReadAllText(f.Path).Contains(construct, StringComparison.Ordinal)).Select(f => f.Relative);

        Assert.Equal([owner], files.Except(Readers, StringComparer.Ordinal));
    }

    /// <summary>Files that name a format without writing one: the import reads workbooks, the OpenAPI description names the CSV type.</summary>
    private static readonly string[] Readers = ["Features/Participants/ImportFileReader.cs", "Api/ReportsEndpoints.cs"];

    [GeneratedRegex(@"\b(OneStop\.Data|Data\.Entities|AppDbContext|OneStop\.Web\.Features|Features\.)")]
    private static partial Regex DataOrFeatures();

    private static IEnumerable<(string Path, string Relative)> SourceFiles(string under)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OneStop.slnx")))
        {
            dir = dir.Parent;
        }

        var root = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("OneStop.slnx not found above the test folder"), "src", "OneStop.Web");
        return Directory.EnumerateFiles(Path.Combine(root, under), "*.cs", SearchOption.AllDirectories)
            .Select(p => (Path: p, Relative: Path.GetRelativePath(root, p).Replace('\\', '/')))
            .Where(f => !f.Relative.StartsWith("bin/", StringComparison.Ordinal) && !f.Relative.StartsWith("obj/", StringComparison.Ordinal));
    }
}
