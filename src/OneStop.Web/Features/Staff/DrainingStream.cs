namespace OneStop.Web.Features.Staff;

/// <summary>
/// A write-only stream that collects what is written (ZipArchive writes some parts synchronously,
/// which Kestrel refuses) and hands it to the response asynchronously on <see cref="DrainAsync"/>,
/// called after each file: memory holds at most one compressed file.
/// </summary>
internal sealed class DrainingStream(Stream inner) : Stream
{
    private readonly MemoryStream pending = new();
    private long written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    public async Task DrainAsync(CancellationToken ct)
    {
        if (pending.Length == 0)
        {
            return;
        }

        pending.Position = 0;
        await pending.CopyToAsync(inner, ct);
        await inner.FlushAsync(ct);
        pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
