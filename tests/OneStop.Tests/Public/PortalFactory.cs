using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Public;

/// <summary>The real clock until a test sets an Athens time; then that time, so that open-now is tested at its edges.</summary>
public sealed class SettableTime : TimeProvider
{
    private DateTimeOffset? now;

    public override DateTimeOffset GetUtcNow() => now ?? System.GetUtcNow();

    public void SetAthens(DateOnly day, int hour, int minute, int second = 0) =>
        now = new DateTimeOffset(AthensClock.ToUtc(day, new TimeOnly(hour, minute, second)), TimeSpan.Zero);

    public void Reset() => now = null;
}

/// <summary>The application with a settable clock and a given appointment-request limit per address.</summary>
public class PortalFactory : AppFactory
{
    public SettableTime Time { get; } = new();

    protected virtual int RequestsPerWindow => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OneStop:Portal:RequestsPerWindow", RequestsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time));
    }

    /// <summary>A public structure with address, contacts, accessibility, hours and services.</summary>
    public async Task<int> PublicStructureAsync(int municipalityId, string name, Action<Structure>? arrange = null)
    {
        var id = await this.StructureAsync(municipalityId, name);
        await using var scope = Scope();
        var db = Db(scope);
        var s = await db.Structures.FindAsync(id);
        s!.Address = "Πλατεία Δημαρχείου 1";
        s.PostalCode = "10431";
        s.Phone = "210 1234567";
        s.Email = "kk@dimos.test";
        s.Accessibility = AccessibilityFeatures.StepFreeEntrance | AccessibilityFeatures.Lift;
        s.Services.Add(new Service { Name = "Υποστήριξη αίτησης επιδομάτων", Axis = Axis.A });
        arrange?.Invoke(s);
        await db.SaveChangesAsync();
        return id;
    }
}

public sealed class RateLimitedPortalFactory : PortalFactory
{
    protected override int RequestsPerWindow => 3;
}
