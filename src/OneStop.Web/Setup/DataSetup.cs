using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneStop.Data;
using OneStop.Data.Auditing;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Setup;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public static class DataSetup
{
    public static void AddData(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("OneStop") ?? "Data Source=data/onestop.db";
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteFileUnderContentRoot(connectionString, builder.Environment.ContentRootPath);
        }
        else
        {
            connectionString = WithAutoPrepare(connectionString);
        }

        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddDbContext<AppDbContext>(options => AppDbOptions.Configure(options, provider, connectionString));

        // Keys live in the database so that every web node can read every other node's cookies.
        builder.Services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("OneStop");
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>Makes a relative SQLite path relative to the content root and creates its folder.</summary>
    private static string SqliteFileUnderContentRoot(string connectionString, string contentRoot)
    {
        var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource != ":memory:" && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        }

        var folder = Path.GetDirectoryName(csb.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return csb.ToString();
    }

    /// <summary>
    /// Npgsql prepares a statement after it has run twice when "Max Auto Prepare" is set; the same
    /// few queries (search, a day's visits, grants) then skip PostgreSQL's planning on every request.
    /// Connections returned to the pool are not reset (No Reset On Close). PostgreSQL's JIT compilation is turned off for the app's sessions: it cost the national ESF
    /// report about 1.6 s of compiling for a query that runs once (docs/benchmarks.md), and the
    /// app's other queries are short. An explicit setting in the connection string wins.
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 100;
        }

        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        // The app never changes session state (no SET, LISTEN or temporary tables), so a pooled
        // connection need not be reset each time EF closes it around a query.
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}

internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
