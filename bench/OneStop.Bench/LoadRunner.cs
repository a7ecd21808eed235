using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OneStop.Bench;

/// <summary>
/// N concurrent clients over HTTP for a fixed duration; each request's latency is recorded and the
/// run reports count, throughput and p50/p95/p99/max. Scenarios: <c>search</c> (the API search with
/// realistic queries, bearer token), <c>visits</c> (GET /api/v1/structures/{id}/visits?date=, skipped
/// when the endpoint does not exist) and <c>url</c> (any page by template, cookie sign-in through the
/// login form with its antiforgery token).
/// </summary>
public static partial class LoadRunner
{
    public static async Task<int> RunAsync(Options o, CancellationToken ct)
    {
        var baseUrl = new Uri(o.Get("url") ?? "http://127.0.0.1:5090");
        var clients = o.Int("clients", 8);
        var duration = TimeSpan.FromSeconds(o.Int("duration", 30));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 5));
        var scenario = o.Get("scenario") ?? "search";
        var people = o.Int("people", 1_000_000);
        var email = o.Get("email") ?? Generator.FrontDeskEmail;
        var password = o.Get("password") ?? Generator.Password;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens")));

        using var api = NewClient(baseUrl, null);
        var token = await BearerAsync(api, email, password, ct);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var structures = await StructureIdsAsync(api, ct);

        Func<Random, string> nextPath;
        var cookieLogin = false;
        switch (scenario)
        {
            case "search":
                nextPath = r => "/api/v1/beneficiaries?q=" + Uri.EscapeDataString(People.Query(People.Get(r.Next(1, people + 1)), r));
                break;
            case "visits":
                var probe = await api.GetAsync(new Uri($"/api/v1/structures/{structures[0]}/visits?date={today:yyyy-MM-dd}", UriKind.Relative), ct);
                if (probe.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
                {
                    Console.WriteLine($"| visits | skipped: GET /api/v1/structures/{{id}}/visits answers {(int)probe.StatusCode} on this build | | | | | |");
                    return 0;
                }

                nextPath = r => Expand("/api/v1/structures/{structure}/visits?date={date}", r, structures, today);
                break;
            case "url":
                var template = o.Require("path");
                cookieLogin = true;
                nextPath = r => Expand(template, r, structures, today);
                var probeClient = NewClient(baseUrl, new CookieContainer());
                await CookieLoginAsync(probeClient, email, password, ct);
                using (var first = await probeClient.GetAsync(new Uri(nextPath(new Random(0)), UriKind.Relative), ct))
                {
                    if (first.StatusCode == HttpStatusCode.NotFound)
                    {
                        Console.WriteLine($"| {template} | skipped: the page answers 404 on this build | | | | | | |");
                        return 0;
                    }
                }

                probeClient.Dispose();
                break;
            default:
                throw new ArgumentException($"Unknown scenario {scenario}");
        }

        var workers = new List<HttpClient>();
        for (var i = 0; i < clients; i++)
        {
            if (cookieLogin)
            {
                var jar = new CookieContainer();
                var c = NewClient(baseUrl, jar);
                await CookieLoginAsync(c, email, password, ct);
                workers.Add(c);
            }
            else
            {
                var c = NewClient(baseUrl, null);
                c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                workers.Add(c);
            }
        }

        // Warm-up (not counted), then the measured run.
        await RunClientsAsync(workers, nextPath, warmup, seed: 1, ct);
        var (latencies, errors, elapsed) = await RunClientsAsync(workers, nextPath, duration, seed: 2, ct);
        latencies.Sort();
        var label = scenario == "url" ? o.Require("path") : scenario;
        Console.WriteLine("| scenario | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} ({clients} clients) | {latencies.Count} | {errors} | {latencies.Count / elapsed.TotalSeconds:F0} | {Stats.Ms(Stats.Percentile(latencies, 50))} | {Stats.Ms(Stats.Percentile(latencies, 95))} | {Stats.Ms(Stats.Percentile(latencies, 99))} | {Stats.Ms(latencies.Count > 0 ? latencies[^1] : double.NaN)} |"));
        foreach (var w in workers)
        {
            w.Dispose();
        }

        return errors > latencies.Count / 100 ? 1 : 0;
    }

    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> RunClientsAsync(List<HttpClient> workers, Func<Random, string> nextPath, TimeSpan duration, int seed, CancellationToken ct)
    {
        var all = new List<double>();
        var errors = 0;
        var sw = Stopwatch.StartNew();
        var tasks = workers.Select((client, i) => Task.Run(async () =>
        {
            var r = new Random((seed * 1000) + i);
            var mine = new List<double>();
            var failed = 0;
            while (sw.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var path = nextPath(r);
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
                    _ = await response.Content.ReadAsByteArrayAsync(ct);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (response.IsSuccessStatusCode)
                    {
                        mine.Add(ms);
                    }
                    else if (++failed <= 3)
                    {
                        Console.Error.WriteLine($"  {(int)response.StatusCode} {path}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
                {
                    // A timeout (60 s) or a dropped connection counts as an error, not as a latency.
                    if (++failed <= 3)
                    {
                        Console.Error.WriteLine($"  {e.GetType().Name} after {Stopwatch.GetElapsedTime(start).TotalSeconds:F0} s: {path}");
                    }
                }
            }

            return (mine, failed);
        }, ct)).ToList();
        foreach (var (mine, failed) in await Task.WhenAll(tasks))
        {
            all.AddRange(mine);
            errors += failed;
        }

        return (all, errors, sw.Elapsed);
    }

    private static HttpClient NewClient(Uri baseUrl, CookieContainer? cookies) =>
        new(new SocketsHttpHandler
        {
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

    private static async Task<string> BearerAsync(HttpClient client, string email, string password, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email, password }, ct);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    private static async Task<int[]> StructureIdsAsync(HttpClient api, CancellationToken ct)
    {
        using var response = await api.GetAsync(new Uri("/api/v1/structures", UriKind.Relative), ct);
        if (response.IsSuccessStatusCode)
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var list = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("items");
            var ids = list.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToArray();
            if (ids.Length > 0)
            {
                return ids;
            }
        }

        return Enumerable.Range(1, 20).ToArray();
    }

    /// <summary>{structure}: one of the user's structures; {date}: a day of the last two years.</summary>
    private static string Expand(string template, Random r, int[] structures, DateOnly today) =>
        template
            .Replace("{structure}", structures[r.Next(structures.Length)].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{date}", today.AddDays(-r.Next(0, 730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static async Task CookieLoginAsync(HttpClient client, string email, string password, CancellationToken ct)
    {
        var page = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), ct);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, ct);
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"Cookie sign-in failed: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
