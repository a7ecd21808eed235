namespace OneStop.Data.Entities;

/// <summary>
/// An entity edited in forms by several users: <see cref="Version"/> is an optimistic concurrency
/// token that <see cref="AppDbContext"/> increments on every update, so a stale edit is refused
/// instead of silently overwriting someone else's change.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
