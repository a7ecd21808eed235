using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Duplicates;

/// <summary>"Not the same person": remembers a pair so that it is never offered again.</summary>
public sealed class DuplicateDismissals(AppDbContext db, PeopleScope people, CurrentUser currentUser)
{
    /// <summary>False when either person is not visible to the user (or both are the same).</summary>
    public async Task<bool> DismissAsync(int id, int otherId, CancellationToken ct)
    {
        if (id == otherId)
        {
            return false;
        }

        var visible = await (await people.VisibleAsync(ct)).CountAsync(b => b.Id == id || b.Id == otherId, ct);
        if (visible != 2 || !(await people.CanWriteAsync(id, ct) || await people.CanWriteAsync(otherId, ct)))
        {
            return false;
        }

        var (first, second) = (Math.Min(id, otherId), Math.Max(id, otherId));
        if (!await db.DuplicateDismissals.AnyAsync(d => d.FirstId == first && d.SecondId == second, ct))
        {
            db.DuplicateDismissals.Add(new DuplicateDismissal
            {
                FirstId = first,
                SecondId = second,
                DismissedAt = db.Time.GetUtcNow().UtcDateTime,
                DismissedBy = (await currentUser.GetAsync(ct)).Email,
            });
            await db.SaveChangesAsync(ct);
        }

        return true;
    }
}
