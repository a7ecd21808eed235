namespace OneStop.E2E.Infrastructure;

/// <summary>One server and one headless Debian Chromium for the whole browser suite.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Flags for a closed network: no background calls home, no GPU, no sandbox as root.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public AppServer Server { get; } = new();

    public Screenshots Screenshots { get; } = new();

    public async Task InitializeAsync()
    {
        Server.Start();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ONESTOP_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new page in its own context (own cookies), in Greek unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(string culture = "el-GR")
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = Server.BaseAddress.ToString(),
            Locale = culture,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        if (culture != "el-GR")
        {
            await SetCultureAsync(page, culture);
        }

        return page;
    }

    /// <summary>Sets the language cookie that the header's language switch would set.</summary>
    public Task SetCultureAsync(IPage page, string culture) =>
        page.Context.AddCookiesAsync([new()
        {
            Name = ".AspNetCore.Culture",
            Value = $"c={culture}|uic={culture}",
            Url = Server.BaseAddress.ToString(),
        }]);

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
