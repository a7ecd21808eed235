namespace OneStop.Tests.Architecture;

/// <summary>The repository's files, for tests that read the source tree.</summary>
public static class Source
{
    /// <summary>The repository's root (where OneStop.slnx is).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The web project's folder.</summary>
    public static string Web => Path.Combine(Root, "src", "OneStop.Web");

    /// <summary>The web project's files matching a pattern, with their path relative to the project.</summary>
    public static IEnumerable<(string Path, string Relative)> Files(string pattern) =>
        Directory.EnumerateFiles(Web, pattern, SearchOption.AllDirectories)
            .Select(p => (Path: p, Relative: Path.GetRelativePath(Web, p).Replace('\\', '/')))
            .Where(f => !f.Relative.StartsWith("bin/", StringComparison.Ordinal) && !f.Relative.StartsWith("obj/", StringComparison.Ordinal));

    /// <summary>The names of the folders directly under a folder of the repository.</summary>
    public static IReadOnlySet<string> Folders(string relative) =>
        Directory.EnumerateDirectories(Path.Combine(Root, relative))
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not "bin" and not "obj")
            .ToHashSet();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OneStop.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OneStop.slnx not found above the test folder");
    }
}
