using System.Text.RegularExpressions;

namespace OneStop.Tests.Infrastructure;

/// <summary>Form posts to a URL other than the page's own (handlers).</summary>
internal static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostToAsync(this HttpClient client, string pageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = Token().Match(page).Groups[1].Value;
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
