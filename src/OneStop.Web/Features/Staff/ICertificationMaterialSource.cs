namespace OneStop.Web.Features.Staff;

/// <summary>A piece of publicity or networking material of the period (poster, leaflet, minutes …).</summary>
/// <param name="Kind">what it is, in the user's language (e.g. "Poster", "Meeting minutes").</param>
/// <param name="FileName">the file's name inside the pack's material folder.</param>
public sealed record CertificationMaterialItem(string Name, DateOnly Date, string Kind, string FileName, Func<CancellationToken, Task<Stream>> OpenAsync);

/// <summary>
/// Where the pack finds the publicity and networking material of a structure and period. The
/// networking and publicity features implement it (e.g. over NetworkMaterial.ForPeriod); until
/// then <see cref="NoCertificationMaterial"/> answers nothing and the pack holds an empty index.
/// </summary>
public interface ICertificationMaterialSource
{
    IAsyncEnumerable<CertificationMaterialItem> ForPeriodAsync(int structureId, DateOnly from, DateOnly to, CancellationToken ct);
}

public sealed class NoCertificationMaterial : ICertificationMaterialSource
{
    public IAsyncEnumerable<CertificationMaterialItem> ForPeriodAsync(int structureId, DateOnly from, DateOnly to, CancellationToken ct) =>
        AsyncEnumerable.Empty<CertificationMaterialItem>();
}
