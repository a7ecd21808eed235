using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Seeding;

namespace OneStop.Web.Setup;

public static class DatabaseInitializer
{
    /// <summary>Brings the database to the latest migration, seeds reference lists, the first
    /// administrator and, when asked, the demo municipality. Safe to run on every start and node.</summary>
    /// <returns>False when the database's migration history is not this build's (ADR 090): nothing
    /// has been changed, the reason is logged, and the app must stop.</returns>
    public static async Task<bool> InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        if (await ForeignHistoryAsync(db) is { } refusal)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer)).LogCritical("{Refusal}", refusal);
            return false;
        }

        // A future migration may fill a derived table over the whole registry: no 30 s limit.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.MigrateAsync();
        db.Database.SetCommandTimeout(null);
        if (db.Database.IsSqlite())
        {
            // Readers do not wait for the writer; the front desk keeps working while reports run.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await ReferenceData.SeedAsync(db, CancellationToken.None);
        await services.GetRequiredService<BootstrapAdministrator>().EnsureAsync(CancellationToken.None);
        if (app.Configuration.GetValue("OneStop:DemoData", false))
        {
            await services.GetRequiredService<DemoData>().EnsureAsync(CancellationToken.None);
        }

        return true;
    }

    /// <summary>
    /// Why the database must not be migrated, or null. The migrations were squashed into one
    /// Baseline before the first release (ADR 090): a database whose history holds a migration this
    /// build does not know was made by the unreleased history before it, or by a newer build, and
    /// EF would otherwise run this build's migrations over a schema they did not create.
    /// </summary>
    internal static async Task<string?> ForeignHistoryAsync(AppDbContext db)
    {
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return null;
        }

        var listed = string.Join(", ", unknown.Take(5)) + (unknown.Count > 5 ? $" and {unknown.Count - 5} more" : "");
        return known.Count > 0 && applied.Contains(known[0], StringComparer.Ordinal)
            ? $"OneStop will not start: the database has migrations that this build does not know ({listed}); a newer build of OneStop has upgraded it. Run that build or a later one."
            : $"OneStop will not start: the database was created by an earlier, unreleased schema history (migrations {listed}) that this build does not continue. Recreate it: drop the database (or delete the SQLite file) and start again, and it is created afresh from the Baseline migration (ADR 090).";
    }
}
