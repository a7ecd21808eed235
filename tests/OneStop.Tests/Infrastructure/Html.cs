using System.Net;

namespace OneStop.Tests.Infrastructure;

/// <summary>Pages as text a person reads: Razor encodes Greek and some symbols as character references.</summary>
public static class Html
{
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> GetTextAsync(this HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));

    public static async Task<string> GetTextAsync(this HttpClient client, Uri url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
