using OneStop.Data.Entities;

namespace OneStop.Web.Features.Referrals;

/// <summary>Who moves a referral: the structure that sent it, or the one (or the partner) that received it.</summary>
public enum ReferralSide
{
    Sender,
    Receiver,
}

/// <summary>
/// The closed loop as data: draft → sent → received → accepted | declined → in_progress →
/// completed | closed; withdrawn by the sender until the work starts. Answering a sent referral
/// (accept or decline) records its receipt first.
/// </summary>
public static class ReferralLifecycle
{
    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Next = new()
    {
        [ReferralStatus.Draft] = [ReferralStatus.Sent, ReferralStatus.Withdrawn],
        [ReferralStatus.Sent] = [ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Closed, ReferralStatus.Withdrawn],
        [ReferralStatus.Received] = [ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.Closed, ReferralStatus.Withdrawn],
        [ReferralStatus.Accepted] = [ReferralStatus.InProgress, ReferralStatus.Closed, ReferralStatus.Withdrawn],
        [ReferralStatus.InProgress] = [ReferralStatus.Completed, ReferralStatus.Closed],
        [ReferralStatus.Declined] = [],
        [ReferralStatus.Completed] = [],
        [ReferralStatus.Closed] = [],
        [ReferralStatus.Withdrawn] = [],
    };

    public static IReadOnlyList<ReferralStatus> Allowed(ReferralStatus from) => Next[from];

    public static bool CanMove(ReferralStatus from, ReferralStatus to) => Next[from].Contains(to);

    public static bool IsOpen(ReferralStatus status) => Next[status].Length > 0 && status != ReferralStatus.Draft;

    public static bool IsTerminal(ReferralStatus status) => Next[status].Length == 0;

    /// <summary>Waiting for the receiver's answer.</summary>
    public static bool IsUnanswered(ReferralStatus status) => status is ReferralStatus.Sent or ReferralStatus.Received;

    public static ReferralSide SideOf(ReferralStatus to) => to switch
    {
        ReferralStatus.Sent or ReferralStatus.Closed or ReferralStatus.Withdrawn or ReferralStatus.Draft => ReferralSide.Sender,
        ReferralStatus.Received or ReferralStatus.Accepted or ReferralStatus.Declined or ReferralStatus.InProgress or ReferralStatus.Completed => ReferralSide.Receiver,
        _ => throw new ArgumentOutOfRangeException(nameof(to)),
    };

    /// <summary>A decline needs its reason and a completion its outcome.</summary>
    public static bool NeedsNote(ReferralStatus to) => to is ReferralStatus.Declined or ReferralStatus.Completed;
}
