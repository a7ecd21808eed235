using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneStop.Data;

/// <summary>
/// Per-connection SQLite settings for reading a large registry: the file is memory-mapped (reads
/// skip a copy through the kernel) and each connection keeps a 16 MB page cache instead of 2 MB.
/// Pragmas of this kind last for the native connection, which the pool reuses; setting them on
/// every open costs a few microseconds.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA mmap_size=2147418112; PRAGMA cache_size=-16384;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
