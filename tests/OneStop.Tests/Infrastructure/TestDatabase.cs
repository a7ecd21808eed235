using Npgsql;

namespace OneStop.Tests.Infrastructure;

/// <summary>
/// Which real database the suite runs on. ./test.sh runs the whole suite twice: on SQLite (default)
/// and on the throwaway PostgreSQL server it starts (ONESTOP_TEST_PROVIDER=Postgres, ONESTOP_TEST_PG=…).
/// </summary>
public static class TestDatabase
{
    public static string Provider => Environment.GetEnvironmentVariable("ONESTOP_TEST_PROVIDER") ?? "Sqlite";

    public static bool IsPostgres => Provider == "Postgres";

    /// <summary>A connection string for a new, empty database that only the caller uses.</summary>
    public static string NewConnectionString()
    {
        var name = "onestop_test_" + Guid.NewGuid().ToString("N")[..12];
        if (!IsPostgres)
        {
            var folder = Path.Combine(Path.GetTempPath(), "onestop-tests");
            Directory.CreateDirectory(folder);
            return $"Data Source={Path.Combine(folder, name + ".db")}";
        }

        var server = Environment.GetEnvironmentVariable("ONESTOP_TEST_PG")
            ?? throw new InvalidOperationException("ONESTOP_TEST_PG is not set: run the suite through ./test.sh");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
