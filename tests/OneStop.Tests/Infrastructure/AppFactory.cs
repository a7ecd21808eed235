using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;

namespace OneStop.Tests.Infrastructure;

/// <summary>
/// The application on its own fresh database (SQLite file or PostgreSQL database), with a known
/// national administrator. One instance per test class (IClassFixture), shared by its tests.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-Password-1";

    public AppFactory()
        : this(TestDatabase.NewConnectionString())
    {
    }

    protected AppFactory(string connectionString) => ConnectionString = connectionString;

    /// <summary>A node on an existing database, to prove that several web nodes share one database.</summary>
    public static AppFactory OnDatabase(string connectionString) => new(connectionString);

    public string ConnectionString { get; }

    protected virtual bool DemoData => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("ConnectionStrings:OneStop", ConnectionString);
        builder.UseSetting("OneStop:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("OneStop:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("OneStop:DemoData", DemoData ? "true" : "false");
        // Tests place referrals in the past; the hourly auto-close is called directly where tested.
        builder.UseSetting("OneStop:Referrals:CloseUnansweredAfterDays", "0");
        builder.UseSetting("OneStop:Uploads:MaxRegulationBytes", "65536");
        builder.UseSetting("OneStop:Files:Root", Path.Combine(Path.GetTempPath(), "onestop-test-files"));
    }

    /// <summary>A scope for arranging data or checking what the database holds.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public AppDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();
}

/// <summary>The same application with the fictitious demo municipality loaded.</summary>
public sealed class DemoAppFactory : AppFactory
{
    protected override bool DemoData => true;
}
