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
        builder.UseSetting("OneStop:Referrals:CloseUnansweredAfterDays", "0");
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

    /// <summary>
    /// A community centre with every section of the details page filled in: accessibility, weekly
    /// hours, a holiday and two services. Returns its id.
    /// </summary>
    public async Task<int> FullStructureAsync(string municipalityName, string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = new Structure
        {
            Name = name,
            StructureTypeId = db.StructureTypes.Where(t => t.Code == "community_centre").Select(t => t.Id).Single(),
            MunicipalityId = db.Municipalities.Where(m => m.Name == municipalityName).Select(m => m.Id).Single(),
            Address = "Σταδίου 3",
            PostalCode = "10562",
            Phone = "+30 210 0000000",
            Email = "info@example.gr",
            Accessibility = AccessibilityFeatures.StepFreeEntrance | AccessibilityFeatures.AccessibleToilet,
            AccessibilityNotes = "Ράμπα στην πλαϊνή είσοδο.",
            OpeningHours =
            [
                new() { Day = DayOfWeek.Monday, Opens = new(9, 0), Closes = new(14, 0) },
                new() { Day = DayOfWeek.Monday, Opens = new(17, 0), Closes = new(20, 0) },
                new() { Day = DayOfWeek.Friday, Opens = new(9, 0), Closes = new(13, 0) },
            ],
            HoursExceptions = [new() { Date = new(2026, 12, 25), IsClosed = true, Note = "Χριστούγεννα" }],
            Services =
            [
                new() { Name = "Ενημέρωση για επιδόματα", Axis = Axis.A, Description = "Πληροφόρηση και αιτήσεις." },
                new() { Name = "Παραπομπή σε υπηρεσίες υγείας", Axis = Axis.B },
            ],
        };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        return structure.Id;
    }

    /// <summary>A community centre with a name and nothing else yet. Returns its id.</summary>
    public async Task<int> BareStructureAsync(string municipalityName, string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = new Structure
        {
            Name = name,
            StructureTypeId = db.StructureTypes.Where(t => t.Code == "community_centre").Select(t => t.Id).Single(),
            MunicipalityId = db.Municipalities.Where(m => m.Name == municipalityName).Select(m => m.Id).Single(),
        };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        return structure.Id;
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
