using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Referrals;

public sealed record ReportRow(string Destination, Dictionary<ReferralStatus, int> ByStatus, int Total, double? MedianDaysToAcceptance, double? MedianDaysToCompletion);

public sealed record ReferralReportDto(DateOnly? From, DateOnly? To, List<ReportRow> Rows, int Total, double? MedianDaysToAcceptance, double? MedianDaysToCompletion);

/// <summary>Referrals the user's structures sent, by destination and status, with the median days
/// from sending to acceptance and to completion (medians are computed in memory: one row per referral).</summary>
public sealed class ReferralReport(ReferralScope scope)
{
    public async Task<ReferralReportDto> BuildAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var query = (await scope.OutgoingAsync(ct)).AsNoTracking().Where(r => r.Status != ReferralStatus.Draft);
        if (from is { } f)
        {
            var start = FrontDesk.AthensClock.ToUtc(f, TimeOnly.MinValue);
            query = query.Where(r => r.SentAt >= start);
        }

        if (to is { } t)
        {
            var end = FrontDesk.AthensClock.ToUtc(t.AddDays(1), TimeOnly.MinValue);
            query = query.Where(r => r.SentAt < end);
        }

        var rows = await query.Select(r => new
        {
            Destination = r.ToPartnerService != null ? r.ToPartnerService.Organization!.Name + " – " + r.ToPartnerService.Name : r.ToStructure!.Name,
            r.Status, r.SentAt, r.AcceptedAt, r.CompletedAt,
        }).ToListAsync(ct);

        static double? Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            if (sorted.Count == 0)
            {
                return null;
            }

            var mid = sorted.Count / 2;
            return Math.Round(sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 1);
        }

        var accept = (DateTime? sent, DateTime? at) => sent is { } s && at is { } a ? (a - s).TotalDays : (double?)null;
        var report = rows.GroupBy(r => r.Destination).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportRow(
                g.Key,
                g.GroupBy(r => r.Status).ToDictionary(x => x.Key, x => x.Count()),
                g.Count(),
                Median(g.Select(r => accept(r.SentAt, r.AcceptedAt)).OfType<double>()),
                Median(g.Select(r => accept(r.SentAt, r.CompletedAt)).OfType<double>())))
            .ToList();
        return new ReferralReportDto(from, to, report, rows.Count,
            Median(rows.Select(r => accept(r.SentAt, r.AcceptedAt)).OfType<double>()),
            Median(rows.Select(r => accept(r.SentAt, r.CompletedAt)).OfType<double>()));
    }
}
