using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Cases;

/// <summary>
/// A staff member's appointments as an iCalendar feed that calendar apps subscribe to without
/// signing in: the URL carries a random secret; only its SHA-256 is stored, so a new link replaces
/// the old one, and the user can revoke it. Events carry the subject and the person's initials, never a full
/// name, and only of the structures where the owner still works (grants checked on every fetch).
/// </summary>
public sealed class CalendarFeeds(AppDbContext db, CurrentUser currentUser, PeopleScope people, AthensClock clock)
{
    public static string FeedPath(string token) => $"/api/v1/calendar/{token}.ics";

    /// <summary>Makes (or replaces) the signed-in user's feed token; returns it (shown once).</summary>
    public async Task<string> NewTokenAsync(CancellationToken ct)
    {
        var userId = (await currentUser.GetAsync(ct)).UserId;
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is null)
        {
            db.CalendarFeeds.Add(new CalendarFeed { UserId = userId, TokenHash = Hash(token), CreatedAt = clock.UtcNow });
        }
        else
        {
            feed.TokenHash = Hash(token);
            feed.CreatedAt = clock.UtcNow;
        }

        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>Revokes the signed-in user's feed: the old link answers 404 from now on. False when there was none.</summary>
    public async Task<bool> RevokeAsync(CancellationToken ct)
    {
        var userId = (await currentUser.GetAsync(ct)).UserId;
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is null)
        {
            return false;
        }

        db.CalendarFeeds.Remove(feed);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>True when the signed-in user has a feed link.</summary>
    public async Task<bool> HasFeedAsync(CancellationToken ct)
    {
        var userId = (await currentUser.GetAsync(ct)).UserId;
        return await db.CalendarFeeds.AnyAsync(f => f.UserId == userId, ct);
    }

    /// <summary>
    /// The feed of the token's owner (30 days back, 180 ahead), or null for an unknown token, a disabled user or a
    /// user who no longer works in any structure; appointments of structures where they lost their role are left out.
    /// </summary>
    public async Task<string?> RenderAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var userId = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash && !db.Users.Any(u => u.Id == f.UserId && u.IsDisabled))
            .Select(f => f.UserId).SingleOrDefaultAsync(ct);
        if (userId is null)
        {
            return null;
        }

        currentUser.ActFor(userId);
        var write = (await people.GetAsync(ct)).Write;
        if (write.Count == 0)
        {
            return null;
        }

        var from = clock.UtcNow.AddDays(-30);
        var to = clock.UtcNow.AddDays(180);
        var rows = await db.Appointments.AsNoTracking()
            .Where(a => a.StaffUserId == userId && write.Contains(a.StructureId) && a.StartsAt >= from && a.StartsAt < to)
            .OrderBy(a => a.StartsAt)
            .Select(a => new { a.Id, a.StartsAt, a.DurationMinutes, a.Subject, a.Location, a.IsCancelled, a.BookedAt, Last = a.Beneficiary!.LastName, First = a.Beneficiary.FirstName })
            .ToListAsync(ct);

        var ics = new StringBuilder();
        void Line(string text) => ics.Append(Fold(text)).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//OneStop//Appointments//EL");
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-CALNAME:OneStop");
        foreach (var a in rows)
        {
            var initials = a.Last is null ? "" : $" ({Initial(a.First)}{Initial(a.Last)})";
            Line("BEGIN:VEVENT");
            Line($"UID:appointment-{a.Id.ToString(CultureInfo.InvariantCulture)}@onestop");
            Line($"DTSTAMP:{Stamp(a.BookedAt)}");
            Line($"DTSTART:{Stamp(a.StartsAt)}");
            Line($"DTEND:{Stamp(a.StartsAt.AddMinutes(a.DurationMinutes))}");
            Line($"SUMMARY:{Escape(a.Subject + initials)}");
            if (a.Location is not null)
            {
                Line($"LOCATION:{Escape(a.Location)}");
            }

            Line(a.IsCancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return ics.ToString();
    }

    private static string Initial(string? name) => string.IsNullOrEmpty(name) ? "" : char.ToUpper(name[0], CultureInfo.InvariantCulture) + ".";

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>RFC 5545 folding: lines of at most 75 octets, continued with a space, never splitting a UTF-8 character.</summary>
    private static string Fold(string line)
    {
        var result = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                result.Append("\r\n ");
                octets = 1;
            }

            result.Append(rune.ToString());
            octets += size;
        }

        return result.ToString();
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
