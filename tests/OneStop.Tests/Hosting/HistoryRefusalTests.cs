using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneStop.Data;
using OneStop.Data.Auditing;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hosting;

/// <summary>
/// ADR 090: the migrations were squashed into one Baseline before the first release. A database
/// whose history holds migrations this build does not know is refused at start-up, untouched,
/// with one clear log line, on whichever provider the suite runs.
/// </summary>
public sealed class HistoryRefusalTests
{
    [Fact]
    public async Task Start_DatabaseFromThePreSquashHistory_RefusedUntouchedWithAClearMessage()
    {
        string[] foreign = ["20261125195105_Initial", "20261125195115_AuditAppendOnly"];
        var connectionString = await DatabaseWithHistoryAsync(_ => foreign);

        var logged = await StartAsync(connectionString);

        var refusal = Assert.Single(logged, l => l.Level == LogLevel.Critical);
        Assert.Contains("earlier, unreleased schema history", refusal.Message);
        Assert.Contains("20261125195105_Initial", refusal.Message);
        Assert.Contains("Recreate it", refusal.Message);
        Assert.Equal(foreign, await AppliedAsync(connectionString));
    }

    [Fact]
    public async Task Start_DatabaseUpgradedByANewerBuild_RefusedUntouchedWithAClearMessage()
    {
        string[]? history = null;
        var connectionString = await DatabaseWithHistoryAsync(known => history = [known[0], "29991231000000_FromTheFuture"]);

        var logged = await StartAsync(connectionString);

        var refusal = Assert.Single(logged, l => l.Level == LogLevel.Critical);
        Assert.Contains("newer build of OneStop", refusal.Message);
        Assert.Contains("29991231000000_FromTheFuture", refusal.Message);
        Assert.Equal(history, await AppliedAsync(connectionString));
    }

    [Fact]
    public async Task Start_DatabaseFromThisBuildsHistory_Starts()
    {
        await using var first = new AppFactory();
        _ = first.Services;

        var logged = await StartAsync(first.ConnectionString, expectRefusal: false);

        Assert.DoesNotContain(logged, l => l.Level == LogLevel.Critical);
    }

    private static AppDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbOptions.Configure(options, Enum.Parse<DatabaseProvider>(TestDatabase.Provider), connectionString);
        return new AppDbContext(options.Options, SystemAuditActor.Instance, TimeProvider.System);
    }

    /// <summary>A new database holding only a migration history table with the given rows.</summary>
    private static async Task<string> DatabaseWithHistoryAsync(Func<IReadOnlyList<string>, IEnumerable<string>> rows)
    {
        var connectionString = TestDatabase.NewConnectionString();
        await using var db = Context(connectionString);
        await db.GetService<IRelationalDatabaseCreator>().CreateAsync();
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateScript());
        foreach (var id in rows(db.Database.GetMigrations().ToList()))
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, "10.0.0")));
        }

        return connectionString;
    }

    private static async Task<string[]> AppliedAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        return [.. await db.Database.GetAppliedMigrationsAsync()];
    }

    /// <summary>Starts the app on the database and returns what it logged.</summary>
    private static async Task<List<(LogLevel Level, string Message)>> StartAsync(string connectionString, bool expectRefusal = true)
    {
        var factory = new LoggingFactory(connectionString);
        try
        {
            if (expectRefusal)
            {
                Assert.ThrowsAny<Exception>(() => factory.Services);
            }
            else
            {
                _ = factory.Services;
            }
        }
        finally
        {
            try
            {
                await factory.DisposeAsync();
            }
            catch (Exception) when (expectRefusal)
            {
                // The host never started; there is nothing left to stop.
            }
        }

        return [.. factory.Logged];
    }

    private sealed class LoggingFactory(string connectionString) : AppFactory(connectionString)
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Logged { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(new Capture(Logged)));
        }
    }

    private sealed class Capture(ConcurrentQueue<(LogLevel, string)> logged) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logged.Enqueue((logLevel, formatter(state, exception)));
            }
        }

        public void Dispose()
        {
        }
    }
}
