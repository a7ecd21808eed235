using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OneStop.Bench;

/// <summary>
/// The statistics calls of issue 6 over HTTP (bearer token): (a) the ESF report and (b) the monthly
/// activity report as the national Auditor, (c) the micro-data export of every participant (XLSX,
/// and CSV) as the Supervisor of the municipality. Each call's wall time, time to the response
/// headers and bytes read (streamed, not buffered); for (c) the app's peak resident memory (VmHWM
/// of --pid, reset before the call, and VmRSS sampled during it). A call whose endpoint does not
/// exist yet answers "not available (404)".
/// </summary>
public static class StatsBench
{
    private const string Framework = "2021-2027";

    private static string MonthStart(string date) => date[..8] + "01";

    public static async Task<int> RunAsync(Options o, CancellationToken ct)
    {
        var baseUrl = new Uri(o.Get("url") ?? "http://127.0.0.1:5090");
        var pid = o.Int("pid", 0);
        var runs = o.Int("runs", 3);
        var xlsxRuns = o.Int("xlsx-runs", 1);
        var from = o.Get("from") ?? "2025-01-01";
        var to = o.Get("to") ?? "2025-12-31";
        var only = o.Get("only");
        var check = o.Flag("check-xlsx");

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(15) };
        var auditor = await BearerAsync(http, o.Get("auditor") ?? Generator.AuditorEmail, ct);
        var supervisor = await BearerAsync(http, o.Get("supervisor") ?? Generator.SupervisorEmail, ct);

        var calls = new List<Call>
        {
            new("esf", "(a) ESF report, a year", $"/api/v1/reports/esf?framework={Framework}&from={from}&to={to}", auditor, "Auditor (national)", runs, Memory: false),
            new("activity-month", "(b) activity report of a month (the period's last), by day", $"/api/v1/reports/activity?from={MonthStart(to)}&to={to}&granularity=day", auditor, "Auditor (national)", runs, Memory: false),
            new("activity", "(b') activity report of the whole period, by month", $"/api/v1/reports/activity?from={from}&to={to}&granularity=month", auditor, "Auditor (national)", runs, Memory: false),
            new("microdata", "(c) micro-data XLSX, all participants", $"/api/v1/reports/esf/microdata?format=xlsx&framework={Framework}&from=2000-01-01&to=2100-12-31", supervisor, "Supervisor (municipality)", xlsxRuns, Memory: true),
            new("microdata-csv", "micro-data CSV, all participants", $"/api/v1/reports/esf/microdata?format=csv&framework={Framework}&from=2000-01-01&to=2100-12-31", supervisor, "Supervisor (municipality)", xlsxRuns, Memory: true),
        };

        Console.WriteLine("| call | user | run | status | seconds | headers after s | bytes | app peak RSS |");
        Console.WriteLine("|---|---|---:|---|---:|---:|---:|---:|");
        var notes = new List<string>();
        foreach (var call in calls.Where(c => only is null || c.Key == only))
        {
            for (var run = 1; run <= call.Runs; run++)
            {
                var save = check && call.Key == "microdata" && run == 1 ? Path.Combine(Path.GetTempPath(), "onestop-microdata.xlsx") : null;
                var result = await TimeAsync(http, call, pid, save, ct);
                if (result.Status == HttpStatusCode.NotFound)
                {
                    Console.WriteLine($"| {call.Label} | {call.User} | | not available (404) | | | | |");
                    break;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {call.Label} | {call.User} | {run} | {(int)result.Status} | {result.Seconds:F2} | {result.Headers:F2} | {result.Bytes:N0} | {result.Memory} |"));
                if (run == 1 && result.Summary is not null)
                {
                    notes.Add($"{call.Label}: {result.Summary}");
                }

                if (save is not null && result.Status == HttpStatusCode.OK)
                {
                    notes.Add($"{call.Label}: {CheckXlsx(save)}");
                }
            }
        }

        Console.WriteLine();
        foreach (var note in notes)
        {
            Console.WriteLine($"- {note}");
        }

        return 0;
    }

    private sealed record Call(string Key, string Label, string Path, string Token, string User, int Runs, bool Memory);

    private sealed record Result(HttpStatusCode Status, double Seconds, double Headers, long Bytes, string Memory, string? Summary);

    private static async Task<Result> TimeAsync(HttpClient http, Call call, int pid, string? save, CancellationToken ct)
    {
        using var sampling = new CancellationTokenSource();
        long sampled = 0;
        Task? sampler = null;
        if (call.Memory && pid > 0)
        {
            ResetPeak(pid);
            sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    sampled = Math.Max(sampled, ReadKb(pid, "VmRSS:"));
                    await Task.Delay(50, CancellationToken.None);
                }
            }, CancellationToken.None);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(call.Path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", call.Token);
        request.Headers.AcceptLanguage.ParseAdd("el");
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        var headers = watch.Elapsed.TotalSeconds;
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var keep = !call.Memory && response.IsSuccessStatusCode ? new MemoryStream() : null; // the JSON reports are small
        await using var file = save is not null && response.IsSuccessStatusCode ? File.Create(save) : null;
        var buffer = new byte[1 << 16];
        long bytes = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            bytes += read;
            keep?.Write(buffer, 0, read);
            file?.Write(buffer, 0, read);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var memory = "";
        if (sampler is not null)
        {
            await sampling.CancelAsync();
            await sampler;
            memory = string.Create(CultureInfo.InvariantCulture, $"{ReadKb(pid, "VmHWM:") / 1024.0:F0} MB (sampled {sampled / 1024.0:F0} MB)");
        }

        return new Result(response.StatusCode, seconds, headers, bytes, memory, keep is null ? null : Summarise(keep.ToArray()));
    }

    /// <summary>A line about a JSON answer: the ESF participants and incomplete, or the top-level fields.</summary>
    private static string? Summarise(byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("participants", out var participants))
            {
                return $"participants {participants}, incomplete {root.GetProperty("incomplete")}, {root.GetProperty("indicators").GetArrayLength()} indicators";
            }

            return "fields: " + string.Join(", ", root.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.Array ? $"{p.Name}[{p.Value.GetArrayLength()}]" : p.Name));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Opens the workbook with the Open XML SDK and counts the rows of each sheet with the forward-only reader.</summary>
    public static string CheckXlsx(string path)
    {
        try
        {
            var watch = Stopwatch.StartNew();
            using var document = SpreadsheetDocument.Open(path, isEditable: false);
            var sheets = new List<string>();
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
                long rows = 0;
                using var reader = OpenXmlReader.Create(part);
                while (reader.Read())
                {
                    if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                    {
                        rows++;
                    }
                }

                sheets.Add(string.Create(CultureInfo.InvariantCulture, $"\"{sheet.Name}\" {rows:N0} rows"));
            }

            return $"XLSX well-formed ({path}, {new FileInfo(path).Length:N0} bytes): {string.Join("; ", sheets)} (header included; read in {watch.Elapsed.TotalSeconds:F0} s)";
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or IOException)
        {
            return $"XLSX NOT well-formed ({path}): {e.GetType().Name}: {e.Message}";
        }
    }

    private static void ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5"); // resets VmHWM to the current RSS (Linux ≥ 4.0)
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not permitted: VmHWM is then the peak since the app started.
        }
    }

    private static long ReadKb(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static async Task<string> BearerAsync(HttpClient client, string email, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email, password = Generator.Password }, ct);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }
}
