using Microsoft.EntityFrameworkCore;

namespace OneStop.Data;

/// <summary>Checks tracked changes against the model's column lengths before they reach the database.</summary>
public static class ModelLimits
{
    public sealed record TooLong(object Entity, string Property, int MaxLength);

    /// <summary>The first added or modified text longer than its column allows; null when all fit.</summary>
    public static TooLong? FirstTooLong(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.GetMaxLength() is { } max && property.CurrentValue is string text && text.Length > max)
                {
                    return new TooLong(entry.Entity, property.Metadata.Name, max);
                }
            }
        }

        return null;
    }
}
