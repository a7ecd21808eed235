namespace OneStop.Web.Features.Common;

/// <summary>Limits on uploaded files (OneStop:Uploads).</summary>
public sealed class UploadOptions
{
    [System.ComponentModel.DataAnnotations.Range(1024, 200 * 1024 * 1024)]
    public long MaxRegulationBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>A size for people: "10 MB", "64 KB".</summary>
    public static string Readable(long bytes) => bytes >= 1024 * 1024
        ? $"{(bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture)} MB"
        : $"{(bytes / 1024).ToString(System.Globalization.CultureInfo.CurrentCulture)} KB";
}
