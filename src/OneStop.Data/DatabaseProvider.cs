using Microsoft.EntityFrameworkCore;

namespace OneStop.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class AppDbOptions
{
    public const string SqliteMigrationsAssembly = "OneStop.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "OneStop.Migrations.Postgres";

    private static readonly SqliteTuning Tuning = new();

    /// <summary>The one place that turns a provider and connection string into EF options.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)).AddInterceptors(Tuning),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        return options.UseSnakeCaseNamingConvention();
    }
}
