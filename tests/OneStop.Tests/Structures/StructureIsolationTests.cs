using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Structures;

/// <summary>
/// The scope rule of docs/DESIGN.md §5 over every /api/v1 endpoint of structures: what a user may not
/// see answers 404, what they may see but not change answers 403, and nobody anonymous gets in.
/// </summary>
public sealed class StructureIsolationTests(IsolationFactory world) : IClassFixture<IsolationFactory>
{
    /// <summary>Every endpoint that addresses one structure's records.</summary>
    public static readonly string[] RecordEndpoints =
        ["structure.get", "structure.put", "services.get", "services.post", "services.put", "hours.put", "regulation.get", "regulation.put"];

    private static readonly string[] ReadEndpoints = ["structure.get", "services.get", "regulation.get"];

    private static readonly string[] WriteEndpoints = ["structure.put", "services.post", "services.put", "hours.put", "regulation.put"];

    public static TheoryData<AppRole, string> EveryRoleAndEndpoint()
    {
        var data = new TheoryData<AppRole, string>();
        foreach (var role in IsolationFactory.Roles)
        {
            foreach (var endpoint in RecordEndpoints)
            {
                data.Add(role, endpoint);
            }
        }

        return data;
    }

    public static TheoryData<string> Endpoints() => new(RecordEndpoints);

    public static TheoryData<string> Reads() => new(ReadEndpoints);

    public static TheoryData<string> Writes() => new(WriteEndpoints);

    public static TheoryData<AppRole> EveryRole() => new(IsolationFactory.Roles);

    [Theory]
    [MemberData(nameof(EveryRoleAndEndpoint))]
    public async Task OtherMunicipality_EveryRoleAndEndpoint_NotFound(AppRole role, string endpoint)
    {
        var client = await world.AsAsync(world.A.Users[role]);

        var centre = await CallAsync(client, endpoint, world.B.Centre, world.B.CentreService);
        var branch = await CallAsync(client, endpoint, world.B.Branch, world.B.BranchService);

        Assert.Equal(HttpStatusCode.NotFound, centre.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, branch.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task List_EveryRoleOfA_HasNoStructureOfB(AppRole role)
    {
        var client = await world.AsAsync(world.A.Users[role]);

        var ids = await ListIdsAsync(client);

        Assert.Contains(world.A.Centre, ids);
        Assert.DoesNotContain(world.B.Centre, ids);
        Assert.DoesNotContain(world.B.Branch, ids);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Coordinator_SiblingStructure_NotFound(string endpoint)
    {
        var coordinator = await world.AsAsync(world.A.Users[AppRole.Coordinator]);

        var response = await CallAsync(coordinator, endpoint, world.A.Branch, world.A.BranchService);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(world.A.Branch, await ListIdsAsync(coordinator));
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Supervisor_EveryStructureOfMunicipality_Readable(string endpoint)
    {
        var supervisor = await world.AsAsync(world.A.Users[AppRole.Supervisor]);

        var centre = await CallAsync(supervisor, endpoint, world.A.Centre, world.A.CentreService);
        var branch = await CallAsync(supervisor, endpoint, world.A.Branch, world.A.BranchService);
        var other = await CallAsync(supervisor, endpoint, world.B.Branch, world.B.BranchService);

        Assert.Equal(HttpStatusCode.OK, centre.StatusCode);
        Assert.Equal(HttpStatusCode.OK, branch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Supervisor_List_WholeMunicipalityAndNothingElse()
    {
        var supervisor = await world.AsAsync(world.A.Users[AppRole.Supervisor]);

        var ids = await ListIdsAsync(supervisor);

        Assert.Equal([world.A.Centre, world.A.Branch], ids.Order());
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task FrontDesk_OwnStructure_CanRead(string endpoint)
    {
        var frontDesk = await world.AsAsync(world.A.Users[AppRole.FrontDesk]);

        var response = await CallAsync(frontDesk, endpoint, world.A.Centre, world.A.CentreService);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task FrontDesk_OwnStructure_CannotChange(string endpoint)
    {
        var frontDesk = await world.AsAsync(world.A.Users[AppRole.FrontDesk]);

        var response = await CallAsync(frontDesk, endpoint, world.A.Centre, world.A.CentreService);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_EveryEndpoint_Unauthorized(string endpoint)
    {
        var anonymous = world.CreateClient(new() { AllowAutoRedirect = false });

        var response = await CallAsync(anonymous, endpoint, world.A.Centre, world.A.CentreService);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/structures")]
    [InlineData("/api/v1/audit")]
    public async Task Anonymous_Lists_Unauthorized(string url)
    {
        var anonymous = world.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(AppRole.FrontDesk)]
    [InlineData(AppRole.Caseworker)]
    [InlineData(AppRole.Supervisor)]
    [InlineData(AppRole.Partner)]
    [InlineData(AppRole.Auditor)]
    // The Coordinator reads the break-the-glass links of their structure, and only those (BreakGlassTests).
    public async Task Audit_RoleWithoutAuditLog_Forbidden(AppRole role)
    {
        var client = await world.AsAsync(world.A.Users[role]);

        var response = await client.GetAsync("/api/v1/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(AppRole.Administrator)]
    [InlineData(AppRole.DataProtectionOfficer)]
    public async Task Audit_StructureLevelRole_SeesNothingOfOtherMunicipality(AppRole role)
    {
        var client = await world.AsAsync(world.A.Users[role]);
        var national = await world.AsAsync(AppFactory.AdminEmail);
        var bStructures = new[] { world.B.Centre, world.B.Branch };

        var mine = await AuditStructuresAsync(client, "?entityType=Service");
        var all = await AuditStructuresAsync(national, "?entityType=Service");

        Assert.Contains(world.A.Centre, mine);
        Assert.DoesNotContain(mine, s => bStructures.Contains(s ?? 0));
        Assert.Contains(world.B.Centre, all);
    }

    private static async Task<List<int?>> AuditStructuresAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/audit" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("structureId").ValueKind == JsonValueKind.Number ? i.GetProperty("structureId").GetInt32() : (int?)null)
            .ToList();
    }

    private static async Task<List<int>> ListIdsAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/structures");
        return list.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToList();
    }

    private static Task<HttpResponseMessage> CallAsync(HttpClient client, string endpoint, int structure, int service)
    {
        var url = $"/api/v1/structures/{structure}";
        return endpoint switch
        {
            "structure.get" => client.GetAsync(url),
            "structure.put" => client.PutAsJsonAsync(url, new { name = "Αλλαγή", type = "community_centre" }),
            "services.get" => client.GetAsync(url + "/services"),
            "services.post" => client.PostAsJsonAsync(url + "/services", new { name = "Νέα υπηρεσία", axis = "A" }),
            "services.put" => client.PutAsJsonAsync($"{url}/services/{service}", new { name = "Αλλαγή υπηρεσίας", axis = "C" }),
            "hours.put" => client.PutAsJsonAsync(url + "/hours", new { openingHours = new[] { new { day = "monday", opens = "08:00", closes = "14:00" } } }),
            "regulation.get" => client.GetAsync(url + "/regulation"),
            "regulation.put" => client.PutAsync(url + "/regulation", IsolationFactory.PdfUpload()),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
    }
}
