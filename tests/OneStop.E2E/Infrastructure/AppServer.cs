using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.E2E.Infrastructure;

/// <summary>
/// The real application on Kestrel (a free port on 127.0.0.1), on its own fresh SQLite file, with a
/// known national administrator. The browser talks to it over real HTTP.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@e2e.local";
    public const string AdminPassword = "Admin-Password-1";

    private readonly string databaseFile = Path.Combine(Path.GetTempPath(), "onestop-e2e", $"onestop_e2e_{Guid.NewGuid():N}.db");

    public AppServer()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databaseFile)!);
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234, known once it has started.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:OneStop", $"Data Source={databaseFile}");
        builder.UseSetting("OneStop:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("OneStop:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("OneStop:DemoData", "false");
    }

    /// <summary>Adds an active municipality straight to the database; returns its name.</summary>
    public async Task<string> MunicipalityAsync(string prefix = "Δήμος Δοκιμών")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipality = new Municipality { Name = $"{prefix} {Guid.NewGuid().ToString("N")[..6]}" };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return municipality.Name;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
