using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Web.Features.Seeding;

namespace OneStop.Web.Setup;

public static class DatabaseInitializer
{
    /// <summary>Brings the database to the latest migration, seeds reference lists, the first
    /// administrator and, when asked, the demo municipality. Safe to run on every start and node.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        // A migration may fill a derived table over the whole registry (NamePairs): no 30 s limit.
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
    }
}
