using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Infrastructure;

/// <summary>
/// Two municipalities, A and B. Each has a community centre (X1) with a branch (X2) under it, a user of
/// every role granted in X1, a service and a regulation in both structures. Built once per test class.
/// </summary>
public sealed class IsolationFactory : AppFactory, IAsyncLifetime
{
    public static readonly AppRole[] Roles = Enum.GetValues<AppRole>();

    /// <summary>The smallest file that passes as a PDF.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private readonly Dictionary<string, HttpClient> clients = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    public Town A { get; private set; } = null!;
    public Town B { get; private set; } = null!;

    public sealed record Town(int MunicipalityId, int Centre, int Branch, int CentreService, int BranchService, Dictionary<AppRole, string> Users);

    public async Task InitializeAsync()
    {
        A = await TownAsync("A");
        B = await TownAsync("B");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>A signed-in API client of the user, reused across tests.</summary>
    public async Task<HttpClient> AsAsync(string email)
    {
        await gate.WaitAsync();
        try
        {
            if (!clients.TryGetValue(email, out var client))
            {
                client = email == AdminEmail ? await this.AdminApiAsync() : await this.ApiAsAsync(email);
                clients[email] = client;
            }

            return client;
        }
        finally
        {
            gate.Release();
        }
    }

    public static MultipartFormDataContent PdfUpload(byte[]? content = null, string fileName = "regulation.pdf")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content ?? Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        return form;
    }

    private async Task<Town> TownAsync(string label)
    {
        var municipality = await this.MunicipalityAsync("Δήμος " + label + " " + Guid.NewGuid().ToString("N")[..6]);
        var centre = await this.StructureAsync(municipality, "Κέντρο Κοινότητας " + label);
        var branch = await this.StructureAsync(municipality, "Παράρτημα Ρομά " + label, "roma_branch", parentId: centre);
        var users = new Dictionary<AppRole, string>();
        foreach (var role in Roles)
        {
            users[role] = await this.UserAsync((role, centre));
        }

        await using var scope = Scope();
        var db = Db(scope);
        var services = new List<Service>
        {
            new() { StructureId = centre, Name = "Ενημέρωση " + label, Axis = Axis.A },
            new() { StructureId = branch, Name = "Συνοδεία " + label, Axis = Axis.B },
        };
        db.Services.AddRange(services);
        foreach (var id in new[] { centre, branch })
        {
            var file = new StoredFile { Id = Guid.NewGuid(), FileName = "regulation.pdf", ContentType = "application/pdf", Length = Pdf.Length, Content = Pdf };
            db.StoredFiles.Add(file);
            (await db.Structures.SingleAsync(s => s.Id == id)).RegulationFileId = file.Id;
        }

        await db.SaveChangesAsync();
        return new Town(municipality, centre, branch, services[0].Id, services[1].Id, users);
    }
}
