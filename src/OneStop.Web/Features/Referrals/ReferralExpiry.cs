using System.Globalization;

namespace OneStop.Web.Features.Referrals;

/// <summary>
/// Closes unanswered referrals once they are older than <c>OneStop:Referrals:CloseUnansweredAfterDays</c>
/// (default 30; 0 turns it off): at start-up after a minute, then every hour (ADR 084). Every node may
/// run it; a referral closed by another node meanwhile is a concurrency conflict and is skipped.
/// </summary>
public sealed class ReferralExpiry(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReferralExpiry> log) : BackgroundService
{
    public const int DefaultDays = 30;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = configuration.GetValue("OneStop:Referrals:CloseUnansweredAfterDays", DefaultDays);
        if (days <= 0)
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
            do
            {
                await RunOnceAsync(days, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunOnceAsync(int days, CancellationToken ct)
    {
        // The history note is written in the users' language (Greek first).
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("el-GR");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var closed = await scope.ServiceProvider.GetRequiredService<ReferralWriter>().CloseUnansweredAsync(days, ct);
            if (closed > 0)
            {
                log.LogInformation("Closed {Count} referrals unanswered for more than {Days} days", closed, days);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Closing unanswered referrals failed; trying again in an hour");
        }
    }
}
