using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OneStop.Tests.Infrastructure;

public static partial class Clients
{
    /// <summary>An API client signed in through POST /api/v1/auth/login with a bearer token.</summary>
    public static async Task<HttpClient> ApiAsync(this AppFactory factory, string email, string password, string language = "el")
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public static Task<HttpClient> AdminApiAsync(this AppFactory factory) => factory.ApiAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in through the login form.</summary>
    public static async Task<HttpClient> BrowserAsync(this AppFactory factory, string email, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>GETs the form page, takes its antiforgery token and POSTs the fields to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    /// <summary>Takes the antiforgery token from one page and posts a form to another address.</summary>
    public static async Task<HttpResponseMessage> PostFormToAsync(this HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Like <see cref="PostFormAsync"/> with repeated keys (checkbox lists) and an optional file.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, (string Field, string FileName, byte[] Content)? file = null)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(new("__RequestVerificationToken", token)))
        {
            content.Add(new StringContent(value), key);
        }

        if (file is { } f)
        {
            content.Add(new ByteArrayContent(f.Content), f.Field, f.FileName);
        }

        return await client.PostAsync(url, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private sealed record TokenResponse(string TokenType, string AccessToken);
}
