namespace OneStop.Web.Features.Participants;

/// <summary>The importer reads a file twice (check, then write): an upload is copied to a temporary
/// file that deletes itself when closed, so a large file never sits in memory.</summary>
public static class ImportUpload
{
    public static async Task<Stream> ToSeekableAsync(Stream upload, CancellationToken ct)
    {
        if (upload.CanSeek)
        {
            return upload;
        }

        var path = Path.Combine(Path.GetTempPath(), "onestop-import-" + Guid.NewGuid().ToString("N"));
        var copy = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (upload)
        {
            await upload.CopyToAsync(copy, ct);
        }

        copy.Position = 0;
        return copy;
    }
}
