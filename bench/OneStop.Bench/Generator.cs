using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using OneStop.Data;
using OneStop.Data.Auditing;
using OneStop.Data.Entities;
using OneStop.Web.Features.Beneficiaries;
using OneStop.Web.Features.Seeding;

namespace OneStop.Bench;

/// <summary>
/// Fills a database with a fictitious municipality: structures, services, the bench users, N
/// people and their visits (and, with --participations, the statistics data of StatsData.cs). The schema comes from the app's migrations; the bulk rows bypass EF's
/// change tracker and the audit log (one transaction of prepared INSERTs on SQLite, binary COPY on
/// PostgreSQL), with the secondary indexes and foreign keys of the bulk tables dropped during the
/// load and recreated after it.
/// </summary>
public static partial class Generator
{
    public const string FrontDeskEmail = "frontdesk@bench.test";
    public const string AdminEmail = "admin@bench.test";
    public const string Password = "Bench-Password-1";
    public const string AuditorEmail = "auditor@bench.test";
    public const string CoordinatorEmail = "coordinator@bench.test";
    public const string SupervisorEmail = "supervisor@bench.test";

    private static readonly string[] BulkTables = ["beneficiaries", "beneficiary_name_keys", "beneficiary_links", "visits", "visit_services"];

    /// <summary>The tables of the statistics data (issue 6), loaded only with --participations.</summary>
    private static readonly string[] StatsTables = ["participations", "cases", "case_status_changes", "referrals", "referral_status_changes"];
    private static readonly TimeZoneInfo Athens = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    private static readonly string[] Reasons =
    [
        "Πληροφόρηση για επίδομα", "Αίτηση ΚΕΑ", "Επίδομα στέγασης", "Ενημέρωση για προγράμματα απασχόλησης",
        "Κοινωνικό παντοπωλείο", "Ψυχοκοινωνική υποστήριξη", "Παραπομπή σε ΚΕΠ", "Βεβαίωση", "Επανέλεγχος φακέλου",
    ];

    public static ServiceProvider Services(DatabaseProvider provider, string connection)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IAuditActor>(SystemAuditActor.Instance);
        services.AddDbContext<AppDbContext>(o => AppDbOptions.Configure(o, provider, connection));
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
            })
            .AddEntityFrameworkStores<AppDbContext>();
        return services.BuildServiceProvider();
    }

    public static async Task<int> RunAsync(DatabaseProvider provider, string connection, int people, int visits, int structures, CancellationToken ct, int participations = 0)
    {
        if (participations > 0 && provider == DatabaseProvider.Sqlite)
        {
            Console.Error.WriteLine("--participations is implemented for PostgreSQL only (the issue measures PostgreSQL).");
            return 2;
        }

        var total = Stopwatch.StartNew();
        await using var sp = Services(provider, connection);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        Console.WriteLine($"Applying migrations ({provider})…");
        await db.Database.MigrateAsync(ct);
        await ReferenceData.SeedAsync(db, ct);
        if (await db.Beneficiaries.AnyAsync(ct))
        {
            Console.Error.WriteLine("The database already holds people; generate into an empty database.");
            return 3;
        }

        // The municipality, its structures and services, through EF (a few rows, audited as "system").
        var municipality = new Municipality { Name = "Δήμος Δοκιμών (bench)", Region = "Αττική" };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(ct);
        var typeId = await db.StructureTypes.Where(t => t.Code == "community_centre").Select(t => t.Id).SingleAsync(ct);
        var structureList = Enumerable.Range(1, structures).Select(i => new Structure
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"Κέντρο Κοινότητας {i}"),
            MunicipalityId = municipality.Id,
            StructureTypeId = typeId,
            Phone = "2101234567",
            Services =
            [
                new Service { Name = "Πληροφόρηση και ενημέρωση", Axis = Axis.A },
                new Service { Name = "Υποστήριξη αιτήσεων", Axis = Axis.A },
                new Service { Name = "Ψυχοκοινωνική υποστήριξη", Axis = Axis.B },
                new Service { Name = "Διασύνδεση με εργασία", Axis = Axis.C },
            ],
        }).ToList();
        db.Structures.AddRange(structureList);
        await db.SaveChangesAsync(ct);
        var structureIds = structureList.Select(s => s.Id).ToArray();
        var serviceIds = structureList.ToDictionary(s => s.Id, s => s.Services.Select(x => x.Id).ToArray());

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var frontDesk = new AppUser { UserName = FrontDeskEmail, Email = FrontDeskEmail, EmailConfirmed = true, DisplayName = "Υποδοχή (bench)", CreatedAt = now };
        frontDesk.RoleAssignments.AddRange(structureIds.Select(id => new RoleAssignment { UserId = frontDesk.Id, Role = AppRole.FrontDesk, StructureId = id }));
        var admin = new AppUser { UserName = AdminEmail, Email = AdminEmail, EmailConfirmed = true, DisplayName = "Administrator (bench)", CreatedAt = now };
        admin.RoleAssignments.Add(new RoleAssignment { UserId = admin.Id, Role = AppRole.Administrator });
        // Statistics users (issue 6): a national Auditor (aggregates only), the Coordinator of the
        // first structure and a Supervisor of the municipality (every structure, people included).
        var auditor = new AppUser { UserName = AuditorEmail, Email = AuditorEmail, EmailConfirmed = true, DisplayName = "Auditor (bench)", CreatedAt = now };
        auditor.RoleAssignments.Add(new RoleAssignment { UserId = auditor.Id, Role = AppRole.Auditor });
        var coordinator = new AppUser { UserName = CoordinatorEmail, Email = CoordinatorEmail, EmailConfirmed = true, DisplayName = "Coordinator (bench)", CreatedAt = now };
        coordinator.RoleAssignments.Add(new RoleAssignment { UserId = coordinator.Id, Role = AppRole.Coordinator, StructureId = structureIds[0] });
        var supervisor = new AppUser { UserName = SupervisorEmail, Email = SupervisorEmail, EmailConfirmed = true, DisplayName = "Supervisor (bench)", CreatedAt = now };
        supervisor.RoleAssignments.Add(new RoleAssignment { UserId = supervisor.Id, Role = AppRole.Supervisor, StructureId = structureIds[0] });
        foreach (var user in new[] { frontDesk, admin, auditor, coordinator, supervisor })
        {
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }

        Console.WriteLine($"{structures} structures, users {FrontDeskEmail}, {AdminEmail}, {AuditorEmail}, {CoordinatorEmail}, {SupervisorEmail} (password {Password}) in {total.Elapsed.TotalSeconds:F1} s");

        var plan = new Plan(people, visits, structureIds, serviceIds, frontDesk.Id, municipality.Id, now) { Participations = participations };

        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var bulk = Stopwatch.StartNew();
        if (provider == DatabaseProvider.Sqlite)
        {
            await LoadSqliteAsync((SqliteConnection)conn, plan, ct);
        }
        else
        {
            await LoadPostgresAsync((NpgsqlConnection)conn, plan, ct);
        }

        Console.WriteLine($"Bulk load and indexes: {bulk.Elapsed.TotalSeconds:F0} s; total {total.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private sealed record Plan(int People, int Visits, int[] StructureIds, Dictionary<int, int[]> ServiceIds, string StaffUserId, int MunicipalityId, DateTime Now)
    {
        public int Participations { get; init; }

        public int HomeStructure(int person) => StructureIds[(int)((uint)(person * 2654435761L) % StructureIds.Length)];

        /// <summary>The structures a person is linked to: the home one, and a second one for one in ten.</summary>
        public int[] Links(int person)
        {
            var home = HomeStructure(person);
            return person % 10 == 0 ? new[] { home, StructureIds[(person / 10) % StructureIds.Length] }.Distinct().ToArray() : [home];
        }

        public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Now, Athens));
    }

    private sealed record PersonRows(Beneficiary B, int[] Links);

    private static PersonRows Build(Plan plan, int index)
    {
        var p = People.Get(index);
        var b = new Beneficiary
        {
            Id = index,
            MunicipalityId = plan.MunicipalityId,
            Partition = string.Create(CultureInfo.InvariantCulture, $"m{plan.MunicipalityId}"),
            LastName = p.LastName,
            FirstName = p.FirstName,
            FatherName = p.FatherName,
            MotherName = p.MotherName,
            LatinLastName = p.LatinLastName,
            LatinFirstName = p.LatinFirstName,
            BirthDate = p.BirthDate,
            Gender = p.Gender,
            Amka = p.Amka,
            Afm = p.Afm,
            Phone = p.Phone,
            Nationality = p.Nationality,
            CreatedAt = plan.Now.AddDays(-(index % 900)),
        };
        SearchKeys.Refresh(b);
        if (OneStop.Web.Domain.Amka.Check(b.Amka, b.BirthDate) != OneStop.Web.Domain.AmkaCheck.Valid || (b.Afm is not null && !OneStop.Web.Domain.Afm.IsValid(b.Afm)))
        {
            throw new InvalidOperationException($"Generated identifiers of person {index} fail the app's checks: {b.Amka} {b.Afm}");
        }

        return new PersonRows(b, plan.Links(index));
    }

    private sealed record VisitRow(long Id, int StructureId, int? BeneficiaryId, Gender? Gender, AgeBand? AgeBand, string? Nationality, VisitChannel Channel, string Reason, Axis Axis, VisitOutcome Outcome, DateTime OccurredAt, DateOnly Day, int ServiceId);

    private static VisitRow BuildVisit(Plan plan, long id, Random r)
    {
        var anonymous = r.Next(100) < 12;
        int? person = anonymous ? null : r.Next(1, plan.People + 1);
        var structure = person is { } pid && r.Next(10) != 0 ? plan.HomeStructure(pid) : plan.StructureIds[r.Next(plan.StructureIds.Length)];
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(plan.Now, Athens));
        // Ids follow time, as rows written day by day do: a day's visits sit on neighbouring pages
        // (random days scattered them over the whole table, which no real centre's data does).
        var day = today.AddDays(-729 + (int)((id - 1) * 730 / plan.Visits));
        var local = day.ToDateTime(new TimeOnly(8, 0)).AddMinutes(r.Next(0, 8 * 60));
        var occurred = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Athens);
        var services = plan.ServiceIds[structure];
        var service = services[r.Next(services.Length)];
        return new VisitRow(id, structure, person,
            anonymous && r.Next(2) == 0 ? (Gender)r.Next(1, 3) : null,
            anonymous && r.Next(2) == 0 ? (AgeBand)r.Next(1, 6) : null,
            anonymous && r.Next(3) == 0 ? "GR" : null,
            (VisitChannel)(r.Next(10) < 7 ? 1 : r.Next(2, 6)),
            Reasons[r.Next(Reasons.Length)], (Axis)r.Next(1, 4), (VisitOutcome)r.Next(1, 6), occurred, DateOnly.FromDateTime(local), service);
    }

    private static void Progress(string what, long done, long total, Stopwatch sw)
    {
        if (done % 100_000 == 0 || done == total)
        {
            Console.WriteLine($"  {what}: {done:N0}/{total:N0} ({sw.Elapsed.TotalSeconds:F0} s)");
        }
    }

    // ---------------------------------------------------------------- SQLite

    private static async Task LoadSqliteAsync(SqliteConnection conn, Plan plan, CancellationToken ct)
    {
        await ExecAsync(conn, "PRAGMA foreign_keys=OFF; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-500000;", ct);
        var indexes = new List<string>();
        await using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(",", BulkTables.Select(t => $"'{t}'"))})";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add(reader.GetString(1));
                Console.WriteLine($"  dropping index {reader.GetString(0)} during the load");
            }
        }

        foreach (var sql in indexes)
        {
            var name = sql.Split('"')[1];
            await ExecAsync(conn, $"DROP INDEX \"{name}\"", ct);
        }

        var sw = Stopwatch.StartNew();
        await using (var tx = (SqliteTransaction)await conn.BeginTransactionAsync(ct))
        {
            var person = Insert(conn, tx, "beneficiaries", "id", "municipality_id", "partition", "last_name", "first_name", "father_name", "mother_name", "latin_last_name", "latin_first_name", "birth_date", "gender", "amka", "afm", "nationality", "phone", "phone_reversed", "created_at", "version");
            var key = Insert(conn, tx, "beneficiary_name_keys", "beneficiary_id", "key", "words");
            var link = Insert(conn, tx, "beneficiary_links", "beneficiary_id", "structure_id", "reason", "linked_at", "linked_by");
            for (var i = 1; i <= plan.People; i++)
            {
                var (b, links) = Build(plan, i);
                Run(person, b.Id, b.MunicipalityId, b.Partition, b.LastName, b.FirstName, b.FatherName, b.MotherName, b.LatinLastName, b.LatinFirstName, b.BirthDate, (int?)b.Gender, b.Amka, b.Afm, b.Nationality, b.Phone, b.PhoneReversed, b.CreatedAt, 0);
                foreach (var k in b.NameKeys)
                {
                    Run(key, b.Id, k.Key, k.Words);
                }

                foreach (var s in links)
                {
                    Run(link, b.Id, s, (int)LinkReason.Registered, b.CreatedAt, FrontDeskEmail);
                }

                Progress("people", i, plan.People, sw);
            }

            var visit = Insert(conn, tx, "visits", "id", "structure_id", "beneficiary_id", "anonymous_gender", "anonymous_age_band", "anonymous_nationality", "channel", "reason", "axis", "outcome", "occurred_at", "day", "staff_user_id", "staff_name", "version");
            var visitService = Insert(conn, tx, "visit_services", "visit_id", "service_id");
            var r = new Random(42);
            for (long id = 1; id <= plan.Visits; id++)
            {
                var v = BuildVisit(plan, id, r);
                Run(visit, v.Id, v.StructureId, v.BeneficiaryId, (int?)v.Gender, (int?)v.AgeBand, v.Nationality, (int)v.Channel, v.Reason, (int)v.Axis, (int)v.Outcome, v.OccurredAt, v.Day, plan.StaffUserId, "Υποδοχή (bench)", 0);
                Run(visitService, v.Id, v.ServiceId);
                Progress("visits", id, plan.Visits, sw);
            }

            await tx.CommitAsync(ct);
        }

        Console.WriteLine($"  rows written in {sw.Elapsed.TotalSeconds:F0} s; building indexes…");
        foreach (var sql in indexes)
        {
            var isw = Stopwatch.StartNew();
            await ExecAsync(conn, sql, ct);
            Console.WriteLine($"  {sql} ({isw.Elapsed.TotalSeconds:F0} s)");
        }

        await FillPairsAsync(conn, "", ct);
        await ExecAsync(conn, "ANALYZE; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;", ct);
        var check = await ScalarAsync(conn, "SELECT count(*) FROM pragma_foreign_key_check", ct);
        Console.WriteLine($"  foreign key violations: {check}");
    }

    private static SqliteCommand Insert(SqliteConnection conn, SqliteTransaction tx, string table, params string[] columns)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < columns.Length; i++)
        {
            cmd.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
                var v => v,
            };
        }

        cmd.ExecuteNonQuery();
    }

    // ---------------------------------------------------------------- PostgreSQL

    private static async Task LoadPostgresAsync(NpgsqlConnection conn, Plan plan, CancellationToken ct)
    {
        var tables = string.Join(",", BulkTables.Concat(plan.Participations > 0 ? StatsTables : []).Select(t => $"'{t}'"));
        var foreignKeys = new List<(string Table, string Name, string Def)>();
        await using (var cmd = new NpgsqlCommand($"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN ({tables})", conn))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var indexes = new List<(string Name, string Def)>();
        await using (var cmd = new NpgsqlCommand($"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ({tables}) AND indexname NOT LIKE 'pk_%'", conn))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var fk in foreignKeys)
        {
            await ExecAsync(conn, $"ALTER TABLE {fk.Table} DROP CONSTRAINT {fk.Name}", ct);
        }

        foreach (var ix in indexes)
        {
            Console.WriteLine($"  dropping index {ix.Name} during the load");
            await ExecAsync(conn, $"DROP INDEX {ix.Name}", ct);
        }

        var sw = Stopwatch.StartNew();
        var linkId = 0;
        {
            await using var person = await Copy(conn, "COPY beneficiaries (id, municipality_id, partition, last_name, first_name, father_name, mother_name, latin_last_name, latin_first_name, birth_date, gender, amka, afm, nationality, phone, phone_reversed, created_at, version) FROM STDIN (FORMAT BINARY)", ct);
            var keys = new List<(int, string, string)>();
            var links = new List<(int, int, DateTime)>();
            for (var i = 1; i <= plan.People; i++)
            {
                var (b, l) = Build(plan, i);
                await person.StartRowAsync(ct);
                await person.WriteAsync(b.Id, NpgsqlDbType.Integer, ct);
                await person.WriteAsync(b.MunicipalityId, NpgsqlDbType.Integer, ct);
                await Text(person, b.Partition, ct);
                await Text(person, b.LastName, ct);
                await Text(person, b.FirstName, ct);
                await Text(person, b.FatherName, ct);
                await Text(person, b.MotherName, ct);
                await Text(person, b.LatinLastName, ct);
                await Text(person, b.LatinFirstName, ct);
                await person.WriteAsync(b.BirthDate!.Value, NpgsqlDbType.Date, ct);
                await person.WriteAsync((int)b.Gender!.Value, NpgsqlDbType.Integer, ct);
                await Text(person, b.Amka, ct);
                await Text(person, b.Afm, ct);
                await Text(person, b.Nationality, ct);
                await Text(person, b.Phone, ct);
                await Text(person, b.PhoneReversed, ct);
                await person.WriteAsync(DateTime.SpecifyKind(b.CreatedAt, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, ct);
                await person.WriteAsync(0, NpgsqlDbType.Integer, ct);
                keys.AddRange(b.NameKeys.Select(k => (b.Id, k.Key, k.Words)));
                links.AddRange(l.Select(s => (b.Id, s, b.CreatedAt)));
                Progress("people", i, plan.People, sw);
            }

            await person.CompleteAsync(ct);
            await person.DisposeAsync();

            await using (var key = await Copy(conn, "COPY beneficiary_name_keys (beneficiary_id, key, words) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var (id, k, words) in keys)
                {
                    await key.StartRowAsync(ct);
                    await key.WriteAsync(id, NpgsqlDbType.Integer, ct);
                    await key.WriteAsync(k, NpgsqlDbType.Varchar, ct);
                    await key.WriteAsync(words, NpgsqlDbType.Text, ct);
                }

                await key.CompleteAsync(ct);
            }

            Console.WriteLine($"  {keys.Count:N0} name keys ({sw.Elapsed.TotalSeconds:F0} s)");
            await using (var link = await Copy(conn, "COPY beneficiary_links (beneficiary_id, structure_id, reason, linked_at, linked_by) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var (id, s, at) in links)
                {
                    await link.StartRowAsync(ct);
                    await link.WriteAsync(id, NpgsqlDbType.Integer, ct);
                    await link.WriteAsync(s, NpgsqlDbType.Integer, ct);
                    await link.WriteAsync((int)LinkReason.Registered, NpgsqlDbType.Integer, ct);
                    await link.WriteAsync(DateTime.SpecifyKind(at, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, ct);
                    await link.WriteAsync(FrontDeskEmail, NpgsqlDbType.Varchar, ct);
                    linkId++;
                }

                await link.CompleteAsync(ct);
            }

            Console.WriteLine($"  {linkId:N0} links ({sw.Elapsed.TotalSeconds:F0} s)");
        }

        var r = new Random(42);
        var serviceRows = new List<(long, int)>(plan.Visits);
        await using (var visit = await Copy(conn, "COPY visits (id, structure_id, beneficiary_id, anonymous_gender, anonymous_age_band, anonymous_nationality, channel, reason, axis, outcome, occurred_at, day, staff_user_id, staff_name, version) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (long id = 1; id <= plan.Visits; id++)
            {
                var v = BuildVisit(plan, id, r);
                await visit.StartRowAsync(ct);
                await visit.WriteAsync(v.Id, NpgsqlDbType.Bigint, ct);
                await visit.WriteAsync(v.StructureId, NpgsqlDbType.Integer, ct);
                await Int(visit, v.BeneficiaryId, ct);
                await Int(visit, (int?)v.Gender, ct);
                await Int(visit, (int?)v.AgeBand, ct);
                await Text(visit, v.Nationality, ct);
                await visit.WriteAsync((int)v.Channel, NpgsqlDbType.Integer, ct);
                await visit.WriteAsync(v.Reason, NpgsqlDbType.Varchar, ct);
                await visit.WriteAsync((int)v.Axis, NpgsqlDbType.Integer, ct);
                await visit.WriteAsync((int)v.Outcome, NpgsqlDbType.Integer, ct);
                await visit.WriteAsync(v.OccurredAt, NpgsqlDbType.TimestampTz, ct);
                await visit.WriteAsync(v.Day, NpgsqlDbType.Date, ct);
                await visit.WriteAsync(plan.StaffUserId, NpgsqlDbType.Varchar, ct);
                await visit.WriteAsync("Υποδοχή (bench)", NpgsqlDbType.Varchar, ct);
                await visit.WriteAsync(0, NpgsqlDbType.Integer, ct);
                serviceRows.Add((v.Id, v.ServiceId));
                Progress("visits", id, plan.Visits, sw);
            }

            await visit.CompleteAsync(ct);
        }

        await using (var vs = await Copy(conn, "COPY visit_services (visit_id, service_id) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (id, s) in serviceRows)
            {
                await vs.StartRowAsync(ct);
                await vs.WriteAsync(id, NpgsqlDbType.Bigint, ct);
                await vs.WriteAsync(s, NpgsqlDbType.Integer, ct);
            }

            await vs.CompleteAsync(ct);
        }

        if (plan.Participations > 0)
        {
            await LoadStatsPostgresAsync(conn, plan, sw, ct);
        }

        Console.WriteLine($"  rows written in {sw.Elapsed.TotalSeconds:F0} s; building indexes…");
        await ExecAsync(conn, "SET maintenance_work_mem = '512MB'", ct);
        foreach (var ix in indexes)
        {
            var isw = Stopwatch.StartNew();
            await ExecAsync(conn, ix.Def, ct);
            Console.WriteLine($"  {ix.Def} ({isw.Elapsed.TotalSeconds:F0} s)");
        }

        foreach (var fk in foreignKeys)
        {
            await ExecAsync(conn, $"ALTER TABLE {fk.Table} ADD CONSTRAINT {fk.Name} {fk.Def}", ct);
        }

        foreach (var table in new[] { "beneficiaries", "beneficiary_name_keys", "beneficiary_links", "visits" }.Concat(plan.Participations > 0 ? StatsTables : []))
        {
            await ExecAsync(conn, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", ct);
        }

        await FillPairsAsync(conn, " COLLATE \"C\"", ct);
        await ExecAsync(conn, "VACUUM ANALYZE", ct);
    }

    /// <summary>The name pairs of the loaded people (SearchKeys.Pairs in SQL, as the NamePairs migration fills them).</summary>
    private static async Task FillPairsAsync(DbConnection conn, string collate, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        await ExecAsync(conn, $"""
            INSERT INTO beneficiary_name_pairs (beneficiary_id, words, pair)
            SELECT DISTINCT a.beneficiary_id, a.words,
                   CASE WHEN substr(a.key, 1, 3){collate} <= substr(b.key, 1, 3){collate}
                        THEN substr(a.key, 1, 3) || substr(b.key, 1, 3)
                        ELSE substr(b.key, 1, 3) || substr(a.key, 1, 3) END
            FROM beneficiary_name_keys a
            JOIN beneficiary_name_keys b ON b.beneficiary_id = a.beneficiary_id AND a.id < b.id
            WHERE length(a.key) >= 3 AND length(b.key) >= 3
            """, ct);
        Console.WriteLine($"  name pairs ({sw.Elapsed.TotalSeconds:F0} s)");
    }

    private static async Task<NpgsqlBinaryImporter> Copy(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        var importer = await conn.BeginBinaryImportAsync(sql, ct);
        importer.Timeout = TimeSpan.FromHours(2);
        return importer;
    }

    private static Task Text(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    private static Task Int(NpgsqlBinaryImporter w, int? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value.Value, NpgsqlDbType.Integer, ct);

    internal static async Task ExecAsync(DbConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 3600;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(DbConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(ct);
    }
}
