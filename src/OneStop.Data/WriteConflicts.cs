using Microsoft.EntityFrameworkCore;

namespace OneStop.Data;

/// <summary>Recognises a write refused because another transaction changed the same rows.</summary>
public static class WriteConflicts
{
    /// <summary>
    /// A failed save: a version check, a unique index, a SQLite lock or a PostgreSQL deadlock. The
    /// Npgsql execution strategy reports a deadlock (a transient error) wrapped in an
    /// InvalidOperationException, so both shapes are recognised.
    /// </summary>
    public static bool Is(Exception e) =>
        e is DbUpdateException || (e is InvalidOperationException && e.InnerException is DbUpdateException);
}
