using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hosting;

/// <summary>
/// Two web nodes on one database, as behind a load balancer: whatever one node issues (cookie,
/// bearer token, antiforgery token) the other accepts, because no state lives in process memory.
/// </summary>
public sealed class TwoNodesTests : IAsyncLifetime
{
    private readonly AppFactory first = new();
    private AppFactory second = null!;

    public Task InitializeAsync()
    {
        _ = first.Services; // the first node migrates and seeds the database before the second starts
        second = AppFactory.OnDatabase(first.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task Cookie_IssuedByOneNode_AcceptedByTheOther()
    {
        var login = await first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .PostFormAsync("/Account/Login", new() { ["Input.Email"] = AppFactory.AdminEmail, ["Input.Password"] = AppFactory.AdminPassword });
        var authCookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("OneStop.Auth=", StringComparison.Ordinal)).Split(';')[0];

        var onSecond = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        onSecond.DefaultRequestHeaders.Add("Cookie", authCookie);
        var response = await onSecond.GetAsync("/Structures");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BearerToken_IssuedByOneNode_AcceptedByTheOther()
    {
        var login = await first.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = AppFactory.AdminEmail, password = AppFactory.AdminPassword });
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();

        var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await onSecond.GetAsync("/api/v1/structures");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
