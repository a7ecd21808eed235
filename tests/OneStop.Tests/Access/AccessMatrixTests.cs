using System.Net;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Tests.Access;

/// <summary>
/// Every endpoint family that shows personal data or statistics, for every role, against four relations: the
/// user's own structure, a sibling of the same municipality, a protected structure of the same municipality and
/// a structure of another municipality. The expected answer comes from docs/DESIGN.md §5 written out again here
/// (not from AccessRules): 200 where §5 lets the role see it, 404 everywhere else — never 403, never 500.
/// Exports are included (PDF, XLSX, CSV, ZIP), and the person's page.
/// </summary>
public sealed class AccessMatrixTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public enum Relation { Own, Sibling, Protected, OtherMunicipality }

    /// <summary>
    /// Pack: the certification pack holds both the staff sheets and the visitor cards, so it needs both.
    /// Cases: case files (ReadCases). Confidential: their confidential notes. StatisticsWithPeople: the micro-data.
    /// Network: the networking plan, meetings and publicity (no personal data, but the structure's own work).
    /// </summary>
    private enum Family { People, Esf, Cases, Confidential, Staff, Pack, Statistics, StatisticsWithPeople, Network }

    private sealed record World(Dictionary<Relation, int> Structures, Dictionary<Relation, int> People, Dictionary<Relation, int> Cases);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<AppFactory, World> Worlds = [];

    /// <summary>§5, role by role: where each family of data is visible to a user whose grant names the own structure.</summary>
    private static bool Expected(AppRole role, Family family, Relation relation)
    {
        var own = relation == Relation.Own;
        var openMunicipality = relation is Relation.Own or Relation.Sibling;
        return (role, family) switch
        {
            (AppRole.FrontDesk, Family.People) => own,
            (AppRole.Caseworker or AppRole.Coordinator, Family.People or Family.Esf or Family.Cases or Family.Confidential) => own,
            (AppRole.Supervisor, Family.People or Family.Esf or Family.Cases) => openMunicipality,
            (AppRole.Caseworker or AppRole.Coordinator or AppRole.Administrator, Family.Network) => own,
            (AppRole.Supervisor, Family.Network) => openMunicipality,
            (AppRole.Coordinator, Family.StatisticsWithPeople) => own,
            (AppRole.Supervisor, Family.StatisticsWithPeople) => openMunicipality,
            (AppRole.Coordinator or AppRole.Administrator, Family.Staff) => own,
            (AppRole.Coordinator, Family.Pack) => own,
            (AppRole.Coordinator or AppRole.Auditor, Family.Statistics) => own,
            (AppRole.Supervisor, Family.Statistics) => openMunicipality,
            _ => false,
        };
    }

    private static readonly (Family Family, Func<int, int, int, string> Url, bool Page)[] Endpoints =
    [
        (Family.People, (_, person, _) => $"/api/v1/beneficiaries/{person}", false),
        (Family.People, (_, person, _) => $"/Beneficiaries/Details/{person}", true),
        (Family.People, (s, _, _) => $"/api/v1/structures/{s}/distribution-report?from=2024-03-01&to=2024-03-31", false),
        (Family.Cases, (_, _, c) => $"/api/v1/cases/{c}", false),
        (Family.Cases, (_, _, c) => $"/Cases/Details/{c}", true),
        (Family.Confidential, (_, _, c) => $"/api/v1/cases/{c}/notes", false),
        (Family.Esf, (s, _, _) => $"/api/v1/reports/quality?structureId={s}", false),
        (Family.Network, (s, _, _) => $"/Network?structureId={s}", true),
        (Family.Staff, (s, _, _) => $"/api/v1/structures/{s}/attendance-sheet.pdf?date=2024-03-05", false),
        (Family.Statistics, (s, _, _) => $"/api/v1/reports/esf?framework=2021-2027&from=2024-01-01&to=2024-12-31&structureId={s}", false),
        (Family.Statistics, (s, _, _) => $"/api/v1/reports/esf/export?framework=2021-2027&from=2024-01-01&to=2024-12-31&structureId={s}&format=xlsx", false),
        (Family.StatisticsWithPeople, (s, _, _) => $"/api/v1/reports/esf/microdata?framework=2021-2027&from=2024-01-01&to=2024-12-31&structureId={s}&format=csv", false),
        (Family.People, (s, _, _) => $"/api/v1/structures/{s}/visits?date=2024-03-05", false),
        (Family.People, (s, _, _) => $"/api/v1/structures/{s}/visits/daily-card.pdf?date=2024-03-05", false),
        (Family.People, (s, _, _) => $"/api/v1/structures/{s}/visits/daily-card.xlsx?date=2024-03-05", false),
        (Family.Esf, (s, _, _) => $"/api/v1/structures/{s}/participants", false),
        (Family.Staff, (s, _, _) => $"/api/v1/structures/{s}/staff", false),
        (Family.Staff, (s, _, _) => $"/api/v1/structures/{s}/person-months.xlsx?from=2024-03-01&to=2024-03-31", false),
        (Family.Pack, (s, _, _) => $"/api/v1/structures/{s}/certification-pack?from=2024-03-01&to=2024-03-31", false),
        (Family.Statistics, (s, _, _) => $"/api/v1/reports/activity?from=2024-03-01&to=2024-03-31&structureId={s}", false),
        (Family.Statistics, (s, _, _) => $"/api/v1/reports/activity/export?from=2024-03-01&to=2024-03-31&structureId={s}&format=csv", false),
        (Family.Statistics, (s, _, _) => $"/api/v1/reports/activity/export?from=2024-03-01&to=2024-03-31&structureId={s}&format=xlsx", false),
        (Family.Statistics, (s, _, _) => $"/api/v1/reports/activity/export?from=2024-03-01&to=2024-03-31&structureId={s}&format=pdf", false),
    ];

    public static TheoryData<AppRole> Roles() => [.. Enum.GetValues<AppRole>()];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryFamily_EveryRelation_AnswersWhatSection5Says(AppRole role)
    {
        var world = await WorldAsync();
        var email = await factory.UserAsync((role, world.Structures[Relation.Own]));
        var api = await factory.ApiAsAsync(email);
        var browser = await factory.BrowserAsync(email, TestData.Password);
        var wrong = new List<string>();

        foreach (var relation in Enum.GetValues<Relation>())
        {
            foreach (var (family, url, page) in Endpoints)
            {
                var address = url(world.Structures[relation], world.People[relation], world.Cases[relation]);
                var response = await (page ? browser : api).GetAsync(address);
                var expected = Expected(role, family, relation) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                if (response.StatusCode != expected)
                {
                    wrong.Add($"{role} {relation} {address}: {(int)response.StatusCode}, §5 says {(int)expected}");
                }
                else if (expected == HttpStatusCode.OK && Signature(address) is { } signature
                    && !(await response.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith(signature))
                {
                    wrong.Add($"{role} {relation} {address}: 200 but not the file it names");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>The first bytes of the file an export names: a PDF, or a ZIP container (XLSX and the pack).</summary>
    private static byte[]? Signature(string address) =>
        address.Contains(".pdf", StringComparison.Ordinal) || address.EndsWith("format=pdf", StringComparison.Ordinal) ? "%PDF"u8.ToArray()
        : address.Contains(".xlsx", StringComparison.Ordinal) || address.Contains("format=xlsx", StringComparison.Ordinal) || address.Contains("certification-pack", StringComparison.Ordinal) ? "PK"u8.ToArray()
        : null;

    private async Task<World> WorldAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (Worlds.TryGetValue(factory, out var world))
            {
                return world;
            }

            var municipality = await factory.MunicipalityAsync();
            var structures = new Dictionary<Relation, int>
            {
                [Relation.Own] = await factory.StructureAsync(municipality),
                [Relation.Sibling] = await factory.StructureAsync(municipality),
                [Relation.Protected] = await factory.StructureAsync(municipality, isProtected: true),
                [Relation.OtherMunicipality] = await factory.StructureAsync(await factory.MunicipalityAsync()),
            };
            var people = new Dictionary<Relation, int>();
            await using var scope = factory.Scope();
            var db = factory.Db(scope);
            foreach (var (relation, structure) in structures)
            {
                people[relation] = await factory.BeneficiaryAsync(structure, "Πίνακα", relation.ToString());
                var at = new DateTime(2024, 3, 5, 9, 0, 0, DateTimeKind.Utc);
                db.Visits.Add(new Visit { StructureId = structure, BeneficiaryId = people[relation], OccurredAt = at, Day = AthensClock.DayOf(at), Channel = VisitChannel.InPerson, Axis = Axis.A, Reason = "Επίδομα", Outcome = VisitOutcome.Informed });
            }

            await db.SaveChangesAsync();
            var cases = new Dictionary<Relation, int>();
            foreach (var (relation, structure) in structures)
            {
                var file = new Case { StructureId = structure, BeneficiaryId = people[relation], OpenedOn = new DateOnly(2024, 3, 5) };
                db.Cases.Add(file);
                await db.SaveChangesAsync();
                cases[relation] = file.Id;
            }

            world = new World(structures, people, cases);
            Worlds[factory] = world;
            return world;
        }
        finally
        {
            Gate.Release();
        }
    }
}
