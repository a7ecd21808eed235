namespace OneStop.Web.Exports;

/// <summary>
/// A write-only stream between synchronous writers (ZipArchive, XmlWriter, StreamWriter) and the
/// response body, which Kestrel wants written asynchronously: writes collect in a small buffer
/// that the exporter hands on with <see cref="DrainAsync"/> every few rows, so memory stays
/// constant however many rows pass. Not seekable, so ZipArchive writes data descriptors.
/// </summary>
public sealed class ChunkedStream(Stream target) : Stream
{
    /// <summary>Drain once this much is waiting.</summary>
    public const int ChunkBytes = 64 * 1024;

    private readonly MemoryStream buffer = new();
    private long written;

    public bool Full => buffer.Length >= ChunkBytes;

    public async Task DrainAsync(CancellationToken ct)
    {
        if (buffer.Length == 0)
        {
            return;
        }

        await target.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        buffer.SetLength(0);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> data)
    {
        buffer.Write(data);
        written += data.Length;
    }

    public override void WriteByte(byte value)
    {
        buffer.WriteByte(value);
        written++;
    }

    /// <summary>Synchronous flushes (from the writers above) keep the bytes here until the next drain.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
