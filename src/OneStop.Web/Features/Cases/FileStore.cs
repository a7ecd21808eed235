using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace OneStop.Web.Features.Cases;

/// <summary>Where uploaded person documents are kept. One abstraction, so object storage can replace the folder.</summary>
public interface IFileStore
{
    /// <summary>Stores the content and returns the key to read it back.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken ct);

    /// <summary>The content, or null when the key is unknown.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}

public sealed class FileStoreOptions
{
    /// <summary>The folder of the local store; relative paths are under the app's content root.</summary>
    [Required]
    public string Root { get; set; } = "data/files";

    /// <summary>The largest document accepted.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}

/// <summary>Keeps files in a local (or mounted, shared) folder, under yyyy/MM/random-name keys.</summary>
public sealed class LocalFileStore(IOptions<FileStoreOptions> options, IWebHostEnvironment env) : IFileStore
{
    private readonly string root = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Root));

    public async Task<string> SaveAsync(Stream content, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, ct);
        return key;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    // Keys are made here, but a key read from the database is still checked not to leave the root.
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("The key leaves the store's folder.", nameof(key));
    }
}
