using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Features.Beneficiaries;

namespace OneStop.Bench;

/// <summary>
/// The raw SQL of the search, without HTTP, sign-in, JSON or EF materialisation: the query is built
/// exactly as <see cref="BeneficiarySearch"/> builds a name search for a user who reads every
/// structure, EF turns it into a DbCommand (same SQL and parameters as the app), and that command
/// is executed on the open connection. One search = the COUNT query + the first page (20).
/// </summary>
public static class SqlBench
{
    public static async Task<int> RunAsync(Options o, CancellationToken ct)
    {
        var people = o.Int("people", 1_000_000);
        var iterations = o.Int("iterations", 500);
        await using var sp = Generator.Services(o.Provider, o.Require("connection"));
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        var read = await db.Structures.AsNoTracking().Select(s => s.Id).ToListAsync(ct);

        var r = new Random(7);
        var times = new List<double>();
        var slowest = new List<(double Ms, string Query)>();
        var shown = false;
        var warmup = o.Int("warmup", 20);
        for (var i = 0; i < iterations + warmup; i++)
        {
            var q = o.Get("query") ?? NameQuery(People.Get(r.Next(1, people + 1)), r);
            var (count, page) = o.Get("shape") switch
            {
                "proposed" => ProposedCommands(db, read, q),
                "app" => AppCommands(db, read, q),
                _ => Commands(db, read, q),
            };
            if (!shown)
            {
                shown = true;
                Console.WriteLine($"-- query \"{q}\"; COUNT:\n{count.CommandText}\n-- first page:\n{page.CommandText}\n");
                if (o.Flag("explain"))
                {
                    await ExplainAsync(db, count, ct);
                    await ExplainAsync(db, page, ct);
                }
            }

            var start = Stopwatch.GetTimestamp();
            if (o.Get("shape") == "app")
            {
                // As the app: one walk gives the capped ids, then the first page is read by id.
                var ids = new List<int>();
                await using (var reader = await count.ExecuteReaderAsync(ct))
                {
                    while (await reader.ReadAsync(ct))
                    {
                        ids.Add(reader.GetInt32(0));
                    }
                }

                await page.DisposeAsync();
                page = AppPage(db, ids.Distinct().Take(20).ToList());
            }
            else
            {
                _ = await count.ExecuteScalarAsync(ct);
            }

            await using (var reader = await page.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                }
            }

            if (i >= warmup)
            {
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                slowest.Add((times[^1], q));
            }

            await count.DisposeAsync();
            await page.DisposeAsync();
        }

        times.Sort();
        if (o.Int("slowest", 0) is > 0 and var n)
        {
            foreach (var (ms, query) in slowest.OrderByDescending(x => x.Ms).Take(n))
            {
                Console.WriteLine($"-- {ms,8:F1} ms  {query}");
            }
        }

        Console.WriteLine("| raw SQL (name search, count + first page) | runs | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {o.Provider}, {o.Get("shape") ?? "current"} query | {times.Count} | {Stats.Ms(Stats.Percentile(times, 50))} | {Stats.Ms(Stats.Percentile(times, 95))} | {Stats.Ms(Stats.Percentile(times, 99))} | {Stats.Ms(times[^1])} |");
        return 0;
    }

    /// <summary>A name query of the load runner's mix (surname prefix, "surname first", Latin).</summary>
    private static string NameQuery(FakePerson p, Random r)
    {
        while (true)
        {
            var q = People.Query(p, r);
            if (!q.Any(char.IsAsciiDigit))
            {
                return q;
            }
        }
    }

    /// <summary>The same LINQ as BeneficiarySearch.SearchAsync (name branch) over PeopleScope.VisibleAsync.</summary>
    private static (DbCommand Count, DbCommand Page) Commands(AppDbContext db, List<int> readList, string query)
    {
        var read = readList.ToHashSet();
        var matches = db.Beneficiaries.AsNoTracking().Where(b => b.MergedIntoId == null && b.Links.Any(l => read.Contains(l.StructureId)));
        foreach (var key in NameKey.WordKeys(query).Distinct(StringComparer.Ordinal))
        {
            var end = SearchKeys.PrefixEnd(key);
            matches = matches.Where(b => db.BeneficiaryNameKeys.Any(k => k.BeneficiaryId == b.Id && k.Key!.CompareTo(key) >= 0 && k.Key!.CompareTo(end) < 0));
        }

        var count = matches.Select(b => 1).CreateDbCommand();
        count.CommandText = "SELECT COUNT(*)" + count.CommandText["SELECT 1".Length..];
        var page = matches
            .OrderBy(b => b.LastName).ThenBy(b => b.FirstName).ThenBy(b => b.Id)
            .Take(20)
            .Select(b => new BeneficiaryHit(b.Id, b.LastName, b.FirstName, b.FatherName, b.LatinLastName, b.LatinFirstName, b.BirthDate, b.Amka, b.Afm, b.Phone))
            .CreateDbCommand();
        return (count, page);
    }

    /// <summary>
    /// The proposed shape: walk the (key, beneficiary_id) index of the longest query word in key
    /// order, join the person and test the other words and the scope per row; the count stops at
    /// 1,001 ("more than 1,000") and the first page needs no sort, so both stop early.
    /// </summary>
    internal static (DbCommand Count, DbCommand Page) ProposedCommands(AppDbContext db, List<int> readList, string query)
    {
        var read = readList.ToHashSet();
        var keys = NameKey.WordKeys(query).Distinct(StringComparer.Ordinal).OrderByDescending(k => k.Length).ToList();
        var lead = keys[0];
        var leadEnd = SearchKeys.PrefixEnd(lead);
        var filtered = db.Beneficiaries.AsNoTracking().Where(b => b.MergedIntoId == null && b.Links.Any(l => read.Contains(l.StructureId)));
        foreach (var key in keys.Skip(1))
        {
            var end = SearchKeys.PrefixEnd(key);
            filtered = filtered.Where(b => db.BeneficiaryNameKeys.Any(k => k.BeneficiaryId == b.Id && k.Key!.CompareTo(key) >= 0 && k.Key!.CompareTo(end) < 0));
        }

        var ordered =
            from k in db.BeneficiaryNameKeys
            where k.Key!.CompareTo(lead) >= 0 && k.Key!.CompareTo(leadEnd) < 0
            join b in filtered on k.BeneficiaryId equals b.Id
            orderby k.Key, k.BeneficiaryId
            select b;
        var count = ordered.Select(b => b.Id).Take(1001).CreateDbCommand();
        count.CommandText = $"SELECT COUNT(*) FROM ({count.CommandText}) AS capped";
        var page = ordered
            .Take(40)
            .Select(b => new BeneficiaryHit(b.Id, b.LastName, b.FirstName, b.FatherName, b.LatinLastName, b.LatinFirstName, b.BirthDate, b.Amka, b.Afm, b.Phone))
            .CreateDbCommand();
        return (count, page);
    }

    /// <summary>
    /// The app's name search, built by <see cref="BeneficiarySearch.NameIds"/> (ADR 007, 008, 081):
    /// the walk stops at 101 ids ("count"), then the first 20 of them are read by id.
    /// </summary>
    internal static (DbCommand Count, DbCommand Page) AppCommands(AppDbContext db, List<int> readList, string query)
    {
        var read = readList.ToHashSet();
        var visible = db.Beneficiaries.AsNoTracking().Where(b => b.MergedIntoId == null && b.Links.Any(l => read.Contains(l.StructureId)));
        var ids = BeneficiarySearch.NameIds(db, visible, query)!;
        var count = ids.Take(BeneficiarySearch.CountCap + 1).CreateDbCommand();
        return (count, AppPage(db, [1, 2, 3]));
    }

    /// <summary>The page of a name search: the first ids of the walk, read by id (BeneficiarySearch.PageAsync).</summary>
    private static DbCommand AppPage(AppDbContext db, List<int> pageIds) =>
        db.Beneficiaries.AsNoTracking().Where(b => pageIds.Contains(b.Id))
            .Select(b => new BeneficiaryHit(b.Id, b.LastName, b.FirstName, b.FatherName, b.LatinLastName, b.LatinFirstName, b.BirthDate, b.Amka, b.Afm, b.Phone))
            .CreateDbCommand();

    private static async Task ExplainAsync(AppDbContext db, DbCommand command, CancellationToken ct)
    {
        var text = command.CommandText;
        command.CommandText = (db.Database.IsSqlite() ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + text;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                Console.WriteLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }

        Console.WriteLine();
        command.CommandText = text;
    }
}
