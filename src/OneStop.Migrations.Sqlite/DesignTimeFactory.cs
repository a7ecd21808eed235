using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OneStop.Data;
using OneStop.Data.Auditing;

namespace OneStop.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for SQLite without the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbOptions.Configure(options, DatabaseProvider.Sqlite, "Data Source=design.db");
        return new AppDbContext(options.Options, SystemAuditActor.Instance, TimeProvider.System);
    }
}
