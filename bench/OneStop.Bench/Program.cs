using System.Globalization;
using OneStop.Bench;
using OneStop.Data;

// OneStop scale measurement. Verbs:
//   generate --provider Sqlite|Postgres --connection "…" --people 1000000 --visits 5000000 --structures 20
//   run      --url http://127.0.0.1:5090 --clients 8 --duration 30 --scenario search|visits|url [--path "/FrontDesk/Today?structureId={structure}&date={date}"] --people N
//   pack-generate --provider … --connection "…" [--staff 20] [--visits 30000]   (issue 7: a busy centre's year)
//   pack     --url … [--structure 1] [--out file.zip]                        (one timed GET of the certification pack)
//   import   --url http://127.0.0.1:5090 --rows 100000 --email … --password … [--structure id] [--pid appPid]
//   stats    --url … [--pid appPid] [--runs 3] [--xlsx-runs 1] [--from 2025-01-01] [--to 2025-12-31] [--only esf|activity|microdata|microdata-csv] [--check-xlsx]   (issue 6)
//   sql      --provider … --connection "…" --people N --iterations 500 [--explain]
var verb = args.Length > 0 ? args[0] : "";
var options = Options.Parse(args.Skip(1));
using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
try
{
    return verb switch
    {
        "generate" => await Generator.RunAsync(options.Provider, options.Require("connection"), options.Int("people", 10_000), options.Int("visits", 50_000), options.Int("structures", 20), cts.Token, options.Int("participations", 0)),
        "run" => await LoadRunner.RunAsync(options, cts.Token),
        "sql" => await SqlBench.RunAsync(options, cts.Token),
        "pack-generate" => await PackBench.GenerateAsync(options.Provider, options.Require("connection"), options.Int("staff", 20), options.Int("visits", 30_000), cts.Token),
        "pack" => await PackBench.RunAsync(options, cts.Token),
        "import" => await ImportBench.RunAsync(options, cts.Token),
        "stats" => await StatsBench.RunAsync(options, cts.Token),
        "xlsx-check" => XlsxCheck(options.Require("file")),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int XlsxCheck(string file)
{
    var line = StatsBench.CheckXlsx(file);
    Console.WriteLine(line);
    return line.StartsWith("XLSX well-formed", StringComparison.Ordinal) ? 0 : 1;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: OneStop.Bench generate --provider Sqlite|Postgres --connection "…" [--people 10000] [--visits 50000] [--structures 20]
               OneStop.Bench run --url http://127.0.0.1:5090 [--clients 8] [--duration 30] [--warmup 5] [--scenario search|visits|url] [--path TEMPLATE] [--people N]
               OneStop.Bench pack-generate --provider Sqlite|Postgres --connection "…" [--staff 20] [--visits 30000]
               OneStop.Bench pack --url http://127.0.0.1:5090 [--structure 1] [--out pack.zip]
               OneStop.Bench sql --provider Sqlite|Postgres --connection "…" [--people N] [--iterations 500] [--explain]
               OneStop.Bench stats --url http://127.0.0.1:5090 [--pid appPid] [--runs 3] [--xlsx-runs 1] [--from 2025-01-01] [--to 2025-12-31] [--only esf|activity|microdata|microdata-csv] [--check-xlsx]
               OneStop.Bench xlsx-check --file FILE.xlsx   (opens it with the Open XML SDK, counts the rows of each sheet)
               OneStop.Bench generate … [--participations 1200000]   (issue 6: ESF participations, cases, referrals; PostgreSQL)
               OneStop.Bench import --url http://127.0.0.1:5090 --email … --password … [--rows 100000] [--structure id] [--pid appPid]
        """);
    return 2;
}

namespace OneStop.Bench
{
    public sealed class Options
    {
        private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

        public static Options Parse(IEnumerable<string> args)
        {
            var o = new Options();
            string? name = null;
            foreach (var a in args)
            {
                if (a.StartsWith("--", StringComparison.Ordinal))
                {
                    if (name is not null)
                    {
                        o.values[name] = "true";
                    }

                    name = a[2..];
                }
                else if (name is not null)
                {
                    o.values[name] = a;
                    name = null;
                }
                else
                {
                    throw new ArgumentException($"Unexpected argument: {a}");
                }
            }

            if (name is not null)
            {
                o.values[name] = "true";
            }

            return o;
        }

        public string? Get(string name) => values.TryGetValue(name, out var v) ? v : null;

        public string Require(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");

        public int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

        public bool Flag(string name) => Get(name) is "true";

        public DatabaseProvider Provider => Enum.Parse<DatabaseProvider>(Get("provider") ?? "Sqlite", ignoreCase: true);
    }

    public static class Stats
    {
        public static double Percentile(IReadOnlyList<double> sorted, double p) =>
            sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

        public static string Ms(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
    }
}
