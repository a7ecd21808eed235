using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneStop.Data;

namespace OneStop.Web.Features.Participants;

/// <summary>
/// Multi-row INSERTs on the DbContext's connection and transaction, for the import's new rows:
/// tracking a hundred thousand entities in EF costs more than the database work (ADR 022). Ids are
/// reserved first (the SQLite write lock is held by the transaction; PostgreSQL hands out sequence
/// values), so related rows and audit rows can name them.
/// </summary>
internal sealed class BulkInserter(AppDbContext db)
{
    private const int MaxParameters = 30_000;

    private bool IsPostgres => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    private DbConnection Connection => db.Database.GetDbConnection();

    private DbTransaction? Transaction => db.Database.CurrentTransaction?.GetDbTransaction();

    /// <summary>Reserves <paramref name="count"/> consecutive-or-not ids of the table's identity column.</summary>
    public async Task<long[]> ReserveIdsAsync(string table, int count, CancellationToken ct)
    {
        var ids = new long[count];
        if (count == 0)
        {
            return ids;
        }

        await using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        if (IsPostgres)
        {
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, {count.ToString(CultureInfo.InvariantCulture)})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            for (var i = 0; await reader.ReadAsync(ct); i++)
            {
                ids[i] = reader.GetInt64(0);
            }

            return ids;
        }

        command.CommandText = $"SELECT COALESCE(MAX(id), 0) FROM {table}";
        var max = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            ids[i] = max + 1 + i;
        }

        return ids;
    }

    public Task InsertAsync(string table, string[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct) =>
        rows.Count == 0 ? Task.CompletedTask : IsPostgres ? MultiRowAsync(table, columns, rows, ct) : PreparedAsync(table, columns, rows, ct);

    /// <summary>SQLite runs in-process: one prepared single-row INSERT executed per row is its fastest
    /// path (a statement with thousands of named parameters costs quadratic time to bind).</summary>
    private async Task PreparedAsync(string table, string[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        await using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                parameters[c].Value = row[c] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>PostgreSQL is a round trip away: many rows per statement.</summary>
    private async Task MultiRowAsync(string table, string[] columns, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        var perCommand = Math.Max(1, MaxParameters / columns.Length);
        for (var start = 0; start < rows.Count; start += perCommand)
        {
            var count = Math.Min(perCommand, rows.Count - start);
            await using var command = Connection.CreateCommand();
            command.Transaction = Transaction;
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var n = 0;
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                var row = rows[start + r];
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = "@p" + n.ToString(CultureInfo.InvariantCulture);
                    sql.Append(c == 0 ? name : ", " + name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = row[c] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                    n++;
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
