using System.Net;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Structures;

public sealed class StructurePagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<HttpClient> AdminAsync() => factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);

    private static KeyValuePair<string, string>[] EditFields(string name) =>
        [new("Input.Name", name), new("Input.Type", "community_centre"), new("Input.Phone", "2101234567"), new("Input.Address", "Οδός Ερμού 10")];

    public static TheoryData<string, byte[], string> RefusedRegulations() => new()
    {
        { "notes.pdf", "GIF89a not a pdf"u8.ToArray(), "δεν είναι έγγραφο PDF" },
        { "regulation.pdf", [.. IsolationFactory.Pdf, .. new byte[70_000]], "πολύ μεγάλο" },
    };

    [Theory]
    [MemberData(nameof(RefusedRegulations))]
    public async Task Edit_RefusedRegulation_ShowsMessageAndKeepsTypedValues(string fileName, byte[] content, string message)
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync(), "Αρχικό όνομα");
        var browser = await AdminAsync();

        var response = await browser.PostMultipartAsync($"/Structures/Edit/{id}", EditFields("Πληκτρολογημένο όνομα"), ("Regulation", fileName, content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.TextAsync();
        Assert.Contains(message, page);
        Assert.Contains("value=\"Πληκτρολογημένο όνομα\"", page);
        Assert.Contains("value=\"Οδός Ερμού 10\"", page);
        await using var scope = factory.Scope();
        Assert.Equal("Αρχικό όνομα", await factory.Db(scope).Structures.Where(s => s.Id == id).Select(s => s.Name).SingleAsync());
    }

    [Fact]
    public async Task Edit_ValidPdf_RedirectsAndDownloads()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await AdminAsync();

        var response = await browser.PostMultipartAsync($"/Structures/Edit/{id}", EditFields("Δομή με κανονισμό " + id), ("Regulation", "kanonismos.pdf", IsolationFactory.Pdf));
        var download = await browser.GetAsync($"/Structures/Regulation/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Structures/Details/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(IsolationFactory.Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Hours_Overlap_ShowsMessageAndKeepsRows()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await AdminAsync();

        var response = await browser.PostFormAsync($"/Structures/Hours/{id}", new()
        {
            ["Input.OpeningHours[0].Day"] = "monday", ["Input.OpeningHours[0].Opens"] = "08:00", ["Input.OpeningHours[0].Closes"] = "14:00",
            ["Input.OpeningHours[1].Day"] = "monday", ["Input.OpeningHours[1].Opens"] = "13:00", ["Input.OpeningHours[1].Closes"] = "18:00",
            ["Input.OpeningHours[2].Day"] = "tuesday", ["Input.OpeningHours[2].Opens"] = "12:00", ["Input.OpeningHours[2].Closes"] = "09:00",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.TextAsync();
        Assert.Contains("επικαλύπτεται", page);
        Assert.Contains("πρέπει να είναι μετά την ώρα έναρξης", page);
        Assert.Contains("value=\"13:00\"", page);
        Assert.Contains("value=\"18:00\"", page);
        await using var scope = factory.Scope();
        Assert.False(await factory.Db(scope).OpeningIntervals.AnyAsync(h => h.StructureId == id));
    }

    [Fact]
    public async Task Hours_Valid_SavedAndShownOnDetails()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await AdminAsync();

        var response = await browser.PostFormAsync($"/Structures/Hours/{id}", new()
        {
            ["Input.OpeningHours[0].Day"] = "wednesday", ["Input.OpeningHours[0].Opens"] = "08:00", ["Input.OpeningHours[0].Closes"] = "14:00",
            ["Input.OpeningHours[1].Day"] = "wednesday", ["Input.OpeningHours[1].Opens"] = "17:00", ["Input.OpeningHours[1].Closes"] = "20:00",
            ["Input.HoursExceptions[0].Date"] = "2026-12-25", ["Input.HoursExceptions[0].Closed"] = "true", ["Input.HoursExceptions[0].Note"] = "Χριστούγεννα",
        });
        var details = await (await browser.GetAsync($"/Structures/Details/{id}")).TextAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("08:00–14:00, 17:00–20:00", details);
        Assert.Contains("25/12/2026", details);
    }

    [Fact]
    public async Task Hours_AddAndRemoveRow_KeepsTypedValues()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await AdminAsync();
        var url = $"/Structures/Hours/{id}";
        KeyValuePair<string, string>[] rows =
        [
            new("Input.OpeningHours[0].Day", "friday"), new("Input.OpeningHours[0].Opens", "09:15"), new("Input.OpeningHours[0].Closes", "13:45"),
            new("Input.OpeningHours[1].Day", "saturday"), new("Input.OpeningHours[1].Opens", "10:00"), new("Input.OpeningHours[1].Closes", "12:00"),
        ];

        var added = await (await browser.PostToAsync(url, url + "?handler=AddInterval", rows)).TextAsync();
        var removed = await (await browser.PostToAsync(url, url + "?handler=RemoveInterval", [.. rows, new("row", "0")])).TextAsync();

        Assert.Contains("value=\"09:15\"", added);
        Assert.Contains("name=\"Input.OpeningHours[2].Opens\"", added);
        Assert.DoesNotContain("value=\"09:15\"", removed);
        Assert.Contains("value=\"10:00\"", removed);
        Assert.DoesNotContain("name=\"Input.OpeningHours[1].Opens\"", removed);
    }

    [Fact]
    public async Task Services_AddEditDeactivate_GroupedByAxis()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await AdminAsync();
        var url = $"/Structures/Services/{id}";

        var added = await browser.PostFormAsync(url, new() { ["Input.Name"] = "Ψυχοκοινωνική στήριξη", ["Input.Axis"] = "A", ["Input.IsActive"] = "true" });
        int serviceId;
        await using (var scope = factory.Scope())
        {
            serviceId = await factory.Db(scope).Services.Where(s => s.StructureId == id).Select(s => s.Id).SingleAsync();
        }

        var edited = await browser.PostFormAsync($"{url}?edit={serviceId}", new()
        {
            ["Input.Name"] = "Συμβουλευτική", ["Input.Axis"] = "C", ["Input.Description"] = "Ατομική", ["Input.IsActive"] = "true", ["Input.Version"] = "0",
        });
        var page = await (await browser.GetAsync(url)).TextAsync();
        var deactivated = await browser.PostToAsync(url, url + "?handler=Deactivate", [new("serviceId", serviceId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("version", "1")]);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        var axisC = page.IndexOf("Γ. ", StringComparison.Ordinal);
        Assert.True(axisC > 0 && page.IndexOf("Συμβουλευτική", StringComparison.Ordinal) > axisC);
        await using var check = factory.Scope();
        var service = await factory.Db(check).Services.SingleAsync(s => s.Id == serviceId);
        Assert.Equal(("Συμβουλευτική", Axis.C, false), (service.Name, service.Axis, service.IsActive));
    }

    [Fact]
    public async Task Services_StaleVersion_ShowsConflictAndKeepsInput()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await AdminAsync();
        var url = $"/Structures/Services/{id}";
        await browser.PostFormAsync(url, new() { ["Input.Name"] = "Πρώτη", ["Input.Axis"] = "B", ["Input.IsActive"] = "true" });
        int serviceId;
        await using (var scope = factory.Scope())
        {
            serviceId = await factory.Db(scope).Services.Where(s => s.StructureId == id).Select(s => s.Id).SingleAsync();
        }

        await browser.PostFormAsync($"{url}?edit={serviceId}", new() { ["Input.Name"] = "Δεύτερη", ["Input.Axis"] = "B", ["Input.IsActive"] = "true", ["Input.Version"] = "0" });
        var stale = await browser.PostFormAsync($"{url}?edit={serviceId}", new() { ["Input.Name"] = "Τρίτη", ["Input.Axis"] = "B", ["Input.IsActive"] = "true", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.TextAsync();
        Assert.Contains("class=\"conflict\"", page);
        Assert.Contains("value=\"Τρίτη\"", page);
    }

    [Fact]
    public async Task Services_MissingName_MessagePerField()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var browser = await AdminAsync();

        var response = await browser.PostFormAsync($"/Structures/Services/{id}", new() { ["Input.Name"] = "", ["Input.Description"] = "Κείμενο που μένει", ["Input.IsActive"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.TextAsync();
        Assert.Contains("υποχρεωτικό", page);
        Assert.Contains("Κείμενο που μένει", page);
    }

    [Theory]
    [InlineData("Hours")]
    [InlineData("Services")]
    public async Task ManagePages_FrontDeskOrOtherMunicipality_NotFound(string page)
    {
        var mine = await factory.StructureAsync(await factory.MunicipalityAsync());
        var other = await factory.StructureAsync(await factory.MunicipalityAsync());
        var frontDesk = await factory.BrowserAsync(await factory.UserAsync((AppRole.FrontDesk, mine)), TestData.Password);
        var coordinator = await factory.BrowserAsync(await factory.UserAsync((AppRole.Coordinator, mine)), TestData.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await frontDesk.GetAsync($"/Structures/{page}/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Structures/{page}/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Structures/{page}/{mine}")).StatusCode);
    }
}
