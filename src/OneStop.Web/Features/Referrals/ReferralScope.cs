using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Referrals;

/// <summary>
/// Which referrals a user sees, and from which side. The sending side is the people scope of the
/// structure that sent it (it holds the person anyway). The receiving side is a structure's working
/// users and its Partner users (<see cref="Capability.ReceiveReferrals"/>): they see the referral and the shared fields through it, and never
/// gain a link to the person (ADR 030). A third structure sees nothing: 404.
/// </summary>
public sealed class ReferralScope(AppDbContext db, PeopleScope people, AccessScope scope)
{
    public sealed record Sides(HashSet<int> SendRead, HashSet<int> SendWrite, HashSet<int> Receive);

    private Sides? sides;

    public async Task<Sides> GetAsync(CancellationToken ct = default)
    {
        if (sides is not null)
        {
            return sides;
        }

        var access = await people.GetAsync(ct);
        var receive = (await scope.StructuresAsync(Capability.ReceiveReferrals, ct)).Ids;
        return sides = new Sides(access.Read, access.Write, receive);
    }

    public async Task<IQueryable<Referral>> OutgoingAsync(CancellationToken ct = default)
    {
        var s = await GetAsync(ct);
        return db.Referrals.Where(r => s.SendRead.Contains(r.FromStructureId));
    }

    /// <summary>Incoming referrals: sent to one of the user's structures (drafts stay with the sender).</summary>
    public async Task<IQueryable<Referral>> IncomingAsync(CancellationToken ct = default)
    {
        var s = await GetAsync(ct);
        return db.Referrals.Where(r => r.ToStructureId != null && s.Receive.Contains(r.ToStructureId.Value) && r.Status != ReferralStatus.Draft);
    }

    public async Task<bool> IsSenderAsync(Referral r, bool write, CancellationToken ct = default)
    {
        var s = await GetAsync(ct);
        return (write ? s.SendWrite : s.SendRead).Contains(r.FromStructureId);
    }

    public async Task<bool> IsReceiverAsync(Referral r, CancellationToken ct = default)
    {
        var s = await GetAsync(ct);
        return r.ToStructureId is { } to && s.Receive.Contains(to) && r.Status != ReferralStatus.Draft;
    }
}
