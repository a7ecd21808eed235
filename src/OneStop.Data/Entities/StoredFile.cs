namespace OneStop.Data.Entities;

/// <summary>
/// An uploaded file kept in the database, so that several web nodes share it without a shared disk.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}
