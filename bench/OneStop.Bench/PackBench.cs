using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Features.Beneficiaries;
using OneStop.Web.Features.Seeding;

namespace OneStop.Bench;

/// <summary>
/// The certification pack of a busy centre's year (issue 7): one structure, 20 staff with their
/// attendance on every working day of 2025, 30,000 visits; then one timed GET of the pack.
/// </summary>
public static class PackBench
{
    public const string CoordinatorEmail = "coordinator@bench.test";
    public static readonly DateOnly From = new(2025, 1, 1);
    public static readonly DateOnly To = new(2025, 12, 31);

    private static readonly TimeZoneInfo Athens = TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens");

    public static async Task<int> GenerateAsync(DatabaseProvider provider, string connection, int staffCount, int visits, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var sp = Generator.Services(provider, connection);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        await ReferenceData.SeedAsync(db, ct);
        var municipality = new Municipality { Name = "Δήμος Πιστοποίησης (bench)" };
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(ct);
        var structure = new Structure
        {
            Name = "Κέντρο Κοινότητας Πιστοποίησης",
            MunicipalityId = municipality.Id,
            StructureTypeId = await db.StructureTypes.Where(t => t.Code == "community_centre").Select(t => t.Id).SingleAsync(ct),
            Services = [new Service { Name = "Πληροφόρηση και ενημέρωση", Axis = Axis.A }, new Service { Name = "Ψυχοκοινωνική υποστήριξη", Axis = Axis.B }],
        };
        db.Structures.Add(structure);
        await db.SaveChangesAsync(ct);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var coordinator = new AppUser { UserName = CoordinatorEmail, Email = CoordinatorEmail, EmailConfirmed = true, DisplayName = "Συντονίστρια (bench)" };
        coordinator.RoleAssignments.Add(new RoleAssignment { UserId = coordinator.Id, Role = AppRole.Coordinator, StructureId = structure.Id });
        var created = await users.CreateAsync(coordinator, Generator.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        var specialties = Enum.GetValues<StaffSpecialty>();
        var staff = Enumerable.Range(1, staffCount).Select(i =>
        {
            var p = People.Get(i);
            return new StaffMember
            {
                Name = $"{p.LastName} {p.FirstName}", Specialty = specialties[i % specialties.Length], ContractType = ContractType.FixedTerm,
                ContractStart = new DateOnly(2024, 9, 1), WeeklyHours = i % 5 == 0 ? 20 : 40, Structures = [new StaffStructure { StructureId = structure.Id }],
                Leave = i % 4 == 0 ? [new StaffLeave { Kind = LeaveKind.Annual, From = new DateOnly(2025, 8, 4), To = new DateOnly(2025, 8, 22) }] : [],
            };
        }).ToList();
        db.StaffMembers.AddRange(staff);
        await db.SaveChangesAsync(ct);

        var days = new List<DateOnly>();
        for (var d = From; d <= To; d = d.AddDays(1))
        {
            if (GreekHolidays.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        foreach (var day in days)
        {
            foreach (var s in staff.Where(s => !s.Leave.Any(l => l.From <= day && l.To >= day)))
            {
                db.StaffAttendance.Add(new StaffAttendance
                {
                    StaffMemberId = s.Id, StructureId = structure.Id, Day = day,
                    InAt = Utc(day, 8, s.Id % 20), OutAt = Utc(day, s.WeeklyHours < 40 ? 12 : 16, s.Id % 30),
                });
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        Console.WriteLine($"{staffCount} staff, {days.Count} working days of attendance in {watch.Elapsed.TotalSeconds:F0} s");

        var people = Enumerable.Range(1, 3000).Select(i =>
        {
            var p = People.Get(i);
            var b = new Beneficiary
            {
                MunicipalityId = municipality.Id, Partition = $"m{municipality.Id}", LastName = p.LastName, FirstName = p.FirstName,
                LatinLastName = p.LatinLastName, LatinFirstName = p.LatinFirstName, BirthDate = p.BirthDate, Gender = p.Gender, Amka = p.Amka,
            };
            b.Links.Add(new BeneficiaryLink { StructureId = structure.Id, Reason = LinkReason.Registered });
            SearchKeys.Refresh(b);
            return b;
        }).ToList();
        db.Beneficiaries.AddRange(people);
        await db.SaveChangesAsync(ct);
        var personIds = people.Select(p => p.Id).ToArray();
        db.ChangeTracker.Clear();

        var random = new Random(7);
        var reasons = new[] { "Πληροφόρηση για επίδομα", "Αίτηση ΚΕΑ", "Επίδομα στέγασης", "Κοινωνικό παντοπωλείο", "Ψυχοκοινωνική υποστήριξη" };
        for (var i = 0; i < visits; i++)
        {
            var day = days[i * days.Count / visits];
            var named = random.Next(3) > 0;
            db.Visits.Add(new Visit
            {
                StructureId = structure.Id, BeneficiaryId = named ? personIds[random.Next(personIds.Length)] : null,
                AnonymousGender = named ? null : Gender.Female, AnonymousAgeBand = named ? null : AgeBand.From30To54,
                Channel = (VisitChannel)(1 + random.Next(3)), Reason = reasons[random.Next(reasons.Length)], Axis = Axis.A, Outcome = VisitOutcome.Informed,
                Day = day, OccurredAt = Utc(day, 8 + random.Next(7), random.Next(60)), StaffName = "Υποδοχή (bench)",
            });
            if (i % 5000 == 4999)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct);
        Console.WriteLine($"structure {structure.Id}: {visits} visits; generated in {watch.Elapsed.TotalSeconds:F0} s; sign in as {CoordinatorEmail} / {Generator.Password}");
        return 0;
    }

    /// <summary>One GET of the pack, read to the end as a client would; prints time and size.</summary>
    public static async Task<int> RunAsync(Options options, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = new Uri(options.Require("url")), Timeout = TimeSpan.FromMinutes(10) };
        using (var login = await client.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email = CoordinatorEmail, password = Generator.Password }, ct))
        {
            login.EnsureSuccessStatusCode();
            using var json = await JsonDocument.ParseAsync(await login.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        }

        var structure = options.Int("structure", 1);
        var path = string.Create(CultureInfo.InvariantCulture, $"/api/v1/structures/{structure}/certification-pack?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}");
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        var firstByte = watch.Elapsed;
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var target = options.Get("out") is { } file ? File.Create(file) : Stream.Null;
        await using (target)
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| certification pack, {From:yyyy}, one structure | {watch.Elapsed.TotalSeconds:F1} s | first byte {firstByte.TotalSeconds:F2} s | {total / 1024.0 / 1024.0:F1} MB |"));
        }

        return 0;
    }

    private static DateTime Utc(DateOnly day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), Athens);
}
