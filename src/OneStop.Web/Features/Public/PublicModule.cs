using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace OneStop.Web.Features.Public;

public sealed class PortalOptions
{
    /// <summary>Appointment requests (form posts) one address may send per window.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10000)]
    public int RequestsPerWindow { get; set; } = 5;

    [System.ComponentModel.DataAnnotations.Range(1, 1440)]
    public int WindowMinutes { get; set; } = 10;
}

/// <summary>The Public area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class PublicModule
{
    public const string RequestLimit = "portal-requests";

    public static IServiceCollection AddPublicModule(this IServiceCollection services)
    {
        services.AddScoped<PortalQueries>();
        services.AddScoped<ProgrammeContent>();
        services.AddScoped<AppointmentRequests>();
        services.AddScoped<EligibilityRuleWriter>();
        services.AddOptions<PortalOptions>().BindConfiguration("OneStop:Portal").ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => TooManyRequests.WriteAsync(context.HttpContext, ct);
            // Only posts count: reading the form is free, sending it is limited per client address.
            o.AddPolicy(RequestLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                {
                    var options = http.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value;
                    return new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerWindow, Window = TimeSpan.FromMinutes(options.WindowMinutes), QueueLimit = 0 };
                })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}
