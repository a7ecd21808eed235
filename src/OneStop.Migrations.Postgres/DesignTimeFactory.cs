using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OneStop.Data;
using OneStop.Data.Auditing;

namespace OneStop.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for PostgreSQL without the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbOptions.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=design");
        return new AppDbContext(options.Options, SystemAuditActor.Instance, TimeProvider.System);
    }
}
