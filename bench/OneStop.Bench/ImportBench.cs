using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OneStop.Bench;

/// <summary>
/// The participant import at scale (issue 4): writes an N-row template CSV of fictitious people
/// (streamed to a file), signs in as a Caseworker, posts the file to
/// POST /api/v1/structures/{id}/participants/import and reports the wall time and the app's peak
/// resident memory (VmHWM of --pid), then the same file again (must change nothing).
/// </summary>
public static class ImportBench
{
    private const string Header = "external_id,last_name,first_name,father_name,birth_date,gender,amka,afm,entry_date,exit_date,labour_status,unemployed_months,isced,disability,third_country_national,foreign_background,minority,homeless,other_disadvantaged,rural,exit_situation,qualification_gained,situation_6m,improved_6m";

    public static async Task<int> RunAsync(Options o, CancellationToken ct)
    {
        var rows = o.Int("rows", 100_000);
        var baseUrl = new Uri(o.Get("url") ?? "http://127.0.0.1:5090");
        var path = Path.Combine(Path.GetTempPath(), $"onestop-participants-{rows}.csv");
        WriteCsv(path, 1, rows);
        var warmup = Path.Combine(Path.GetTempPath(), "onestop-participants-warmup.csv");
        WriteCsv(warmup, rows + 1, 200);
        Console.Error.WriteLine($"wrote {rows:N0} rows, {new FileInfo(path).Length / 1024.0 / 1024:F1} MB: {path}");

        using var api = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(15) };
        using (var login = await api.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = o.Require("email"), password = o.Require("password") }, ct))
        {
            login.EnsureSuccessStatusCode();
            using var token = await JsonDocument.ParseAsync(await login.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        }

        var structure = o.Int("structure", 0);
        if (structure == 0)
        {
            using var list = await JsonDocument.ParseAsync(await api.GetStreamAsync(new Uri("/api/v1/structures", UriKind.Relative), ct), cancellationToken: ct);
            var items = list.RootElement.ValueKind == JsonValueKind.Array ? list.RootElement : list.RootElement.GetProperty("items");
            structure = items.EnumerateArray().First().GetProperty("id").GetInt32();
        }

        var pid = o.Int("pid", 0);
        Console.WriteLine("| run | rows | seconds | answer | app peak RSS (VmHWM) |");
        Console.WriteLine("|---|---:|---:|---|---:|");
        foreach (var (run, file) in new[] { ("warm-up (other people)", warmup), ("first import", path), ("same file again", path) })
        {
            await using var stream = File.OpenRead(file);
            using var content = new MultipartFormDataContent { { new StreamContent(stream), "file", Path.GetFileName(file) } };
            var watch = Stopwatch.StartNew();
            using var response = await api.PostAsync(new Uri($"/api/v1/structures/{structure}/participants/import", UriKind.Relative), content, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            watch.Stop();
            var answer = response.IsSuccessStatusCode ? body : $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {run} | {(file == warmup ? 200 : rows):N0} | {watch.Elapsed.TotalSeconds:F1} | `{answer}` | {PeakMb(pid)} |"));
        }

        return 0;
    }

    private static string PeakMb(int pid)
    {
        if (pid == 0 || !File.Exists($"/proc/{pid}/status"))
        {
            return "n/a";
        }

        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = line is null ? 0 : long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0:F0} MB");
    }

    /// <summary>Fictitious participants: person i of <see cref="People"/>, with codes spread over every value.</summary>
    private static void WriteCsv(string path, int first, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        string[] labour = ["employed", "unemployed", "inactive_in_education", "inactive", ""];
        string[] answer = ["yes", "no", "refused", ""];
        string[] exitSituation = ["employed", "job_searching", "education_training", "inactive", "unknown"];
        var line = new StringBuilder(256);
        for (var i = first; i < first + rows; i++)
        {
            var p = People.Get(i);
            var r = new Random(i);
            var entry = new DateOnly(2023, 1, 1).AddDays(r.Next(900));
            if (entry < p.BirthDate)
            {
                entry = p.BirthDate.AddYears(16);
            }

            var exited = r.Next(3) > 0;
            var exit = exited ? entry.AddDays(30 + r.Next(300)) : (DateOnly?)null;
            var status = labour[r.Next(labour.Length)];
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"B{i:D7},{p.LastName},{p.FirstName},{p.FatherName},{p.BirthDate:yyyy-MM-dd},{(p.Gender == Gender.Female ? "female" : "male")},{p.Amka},,");
            line.Append(CultureInfo.InvariantCulture, $"{entry:yyyy-MM-dd},{exit:yyyy-MM-dd},{status},{(status == "unemployed" ? r.Next(40).ToString(CultureInfo.InvariantCulture) : "")},{r.Next(9)},");
            line.Append(CultureInfo.InvariantCulture, $"{answer[r.Next(4)]},{(r.Next(2) == 0 ? "no" : "yes")},{answer[r.Next(4)]},{answer[r.Next(4)]},{answer[r.Next(4)]},{answer[r.Next(4)]},{(r.Next(2) == 0 ? "no" : "yes")},");
            line.Append(CultureInfo.InvariantCulture, $"{(exited ? exitSituation[r.Next(5)] : "")},{(exited ? "yes" : "")},,");
            writer.Write(line.Append('\n'));
        }
    }
}
