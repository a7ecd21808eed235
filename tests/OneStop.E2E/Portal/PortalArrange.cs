using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.E2E.Portal;

public static class PortalArrange
{
    public static async Task<int> MunicipalityIdAsync(this AppServer server, string name)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync();
    }

    /// <summary>Opens the structure all of today (Athens), so that today's hours are known to the test.</summary>
    public static async Task OpenAllTodayAsync(this AppServer server, int structureId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = AthensClock.DayOf(DateTime.UtcNow);
        db.HoursExceptions.Add(new HoursException { StructureId = structureId, Date = today, Opens = new(0, 0), Closes = new(23, 59), Note = "Ημέρα ενημέρωσης" });
        await db.SaveChangesAsync();
    }
}
