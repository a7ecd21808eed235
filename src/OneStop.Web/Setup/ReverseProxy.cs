using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace OneStop.Web.Setup;

/// <summary>
/// Behind nginx or another proxy the app trusts X-Forwarded-For/-Proto only from the proxies named in
/// OneStop:ReverseProxy:KnownProxies (IP addresses) or KnownNetworks (CIDR); loopback is always trusted.
/// </summary>
internal static class ReverseProxy
{
    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        foreach (var proxy in configuration.GetSection("OneStop:ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in configuration.GetSection("OneStop:ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
