using OneStop.Data.Entities;

namespace OneStop.Tests.Infrastructure;

/// <summary>Arranges what the front-desk tests need: services of a structure.</summary>
public static class FrontDeskData
{
    public static async Task<int> ServiceAsync(this AppFactory factory, int structureId, string name, Axis axis = Axis.A, bool isActive = true)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var service = new Service { StructureId = structureId, Name = name, Axis = axis, IsActive = isActive };
        db.Services.Add(service);
        await db.SaveChangesAsync();
        return service.Id;
    }
}
