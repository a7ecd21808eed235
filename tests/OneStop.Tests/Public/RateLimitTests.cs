using System.Net;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Public;

public sealed class RateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task AppointmentPosts_OverTheLimitPerAddress_Answer429ButReadingStaysFree()
    {
        var municipality = await factory.MunicipalityAsync();
        await factory.PublicStructureAsync(municipality, "Κέντρο Κοινότητας Ορίου");
        var client = factory.CreateClient();
        var url = $"/p/{municipality}/appointment";

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync(url, new() { ["Input.Name"] = "Δοκιμή" })).StatusCode);
        }

        var refused = await client.PostFormAsync(url, new() { ["Input.Name"] = "Δοκιμή" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Contains("Πάρα πολλά αιτήματα", await refused.TextAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }
}
