using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.Network;
using OneStop.Tests.Referrals;

namespace OneStop.Tests.Network;

/// <summary>Networking and publicity records with uploaded material, retrievable by period.</summary>
[Collection(ReferralsCollection.Name)]
public sealed class NetworkTests(AppFactory factory)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Publicity_WithImage_PreviewedListedByPeriodAndHiddenFromOtherStructures()
    {
        var municipality = await factory.MunicipalityAsync();
        var centre = await factory.StructureAsync(municipality);
        var other = await factory.StructureAsync(municipality);
        var coordinator = await factory.BrowserAsync(await factory.UserAsync((AppRole.Coordinator, centre)), TestData.Password);
        var form = $"/Network/Publicity?structureId={centre}";
        KeyValuePair<string, string>[] fields = [new("Input.Kind", "Poster"), new("Input.Date", "2026-03-10"), new("Input.Title", "Αφίσα ενημέρωσης"), new("Input.Reach", "300")];

        var refused = await coordinator.PostMultipartAsync(form, fields, ("Files", "script.svg", "<svg/>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("script.svg", await refused.TextAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostMultipartAsync(form, fields, ("Files", "afisa.png", Png))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostMultipartAsync($"/Network/Partner?structureId={centre}", [new("Input.Name", "Σύλλογος Γονέων"), new("Input.Form", "Memorandum"), new("Input.Channel", "Electronic")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostMultipartAsync($"/Network/Meeting?structureId={centre}", [new("Input.Date", "2025-11-02"), new("Input.Title", "Συνάντηση δικτύου"), new("Input.Minutes", "Συμφωνήθηκε κοινή δράση")], ("Files", "praktika.pdf", "%PDF-1.4 test"u8.ToArray()))).StatusCode);

        NetworkPeriod period;
        await using (var scope = factory.Scope())
        {
            var material = scope.ServiceProvider.GetRequiredService<NetworkMaterial>();
            period = await material.ForPeriod(centre, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
            var earlier = await material.ForPeriod(centre, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
            Assert.Empty(earlier.Publicity);
            Assert.Equal("praktika.pdf", Assert.Single(Assert.Single(earlier.Meetings).Files).FileName);
        }

        var action = Assert.Single(period.Publicity);
        Assert.Empty(period.Meetings);
        Assert.Equal("Σύλλογος Γονέων", Assert.Single(period.Partners).Name);
        Assert.Equal(300, action.Reach);
        var file = Assert.Single(action.Files);
        Assert.Equal("image/png", file.ContentType);

        var page = await coordinator.GetTextAsync($"/Network?structureId={centre}&from=2026-01-01&to=2026-12-31");
        Assert.Contains($"<img src=\"/Network/File/{file.Id}\" alt=\"afisa.png\"", page);
        var image = await coordinator.GetAsync($"/Network/File/{file.Id}");
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());

        var outsider = await factory.BrowserAsync(await factory.UserAsync((AppRole.Coordinator, other)), TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Network/File/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Network?structureId={centre}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Network/Publicity?structureId={centre}")).StatusCode);
    }

    /// <summary>Records are corrected and deleted by those who record them (audited; a deleted meeting takes its files along); others get 404.</summary>
    [Fact]
    public async Task Records_EditedAndDeletedWithConfirmation_FilesGoAlong()
    {
        var municipality = await factory.MunicipalityAsync();
        var centre = await factory.StructureAsync(municipality);
        var other = await factory.StructureAsync(municipality);
        var coordinator = await factory.BrowserAsync(await factory.UserAsync((AppRole.Coordinator, centre)), TestData.Password);
        await coordinator.PostMultipartAsync($"/Network/Partner?structureId={centre}", [new("Input.Name", "Σύλλογος Γονεων"), new("Input.Form", "Informal"), new("Input.Channel", "Physical")]);
        await coordinator.PostMultipartAsync($"/Network/Meeting?structureId={centre}", [new("Input.Date", "2026-02-02"), new("Input.Title", "Συνάντηση")], ("Files", "praktika.pdf", "%PDF-1.4 test"u8.ToArray()));
        await coordinator.PostMultipartAsync($"/Network/Publicity?structureId={centre}", [new("Input.Kind", "Poster"), new("Input.Date", "2026-02-03"), new("Input.Title", "Αφίσα")]);
        NetworkPeriod Period(IServiceProvider sp) => sp.GetRequiredService<NetworkMaterial>().ForPeriod(centre, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).GetAwaiter().GetResult();
        int partner, meeting, publicity;
        Guid file;
        await using (var scope = factory.Scope())
        {
            var period = Period(scope.ServiceProvider);
            (partner, meeting, publicity) = (period.Partners[0].Id, period.Meetings[0].Id, period.Publicity[0].Id);
            file = period.Meetings[0].Files[0].Id;
        }

        var edit = await coordinator.GetTextAsync($"/Network/Partner?structureId={centre}&id={partner}");
        Assert.Contains("value=\"Σύλλογος Γονεων\"", edit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostMultipartAsync($"/Network/Partner?structureId={centre}&id={partner}", [new("Input.Name", "Σύλλογος Γονέων"), new("Input.Form", "Memorandum"), new("Input.Channel", "Physical")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostMultipartAsync($"/Network/Meeting?structureId={centre}&id={meeting}", [new("Input.Date", "2026-02-02"), new("Input.Title", "Συνάντηση δικτύου"), new("Input.PartnerId", partner.ToString(System.Globalization.CultureInfo.InvariantCulture))])).StatusCode);

        var unconfirmed = await coordinator.PostMultipartAsync($"/Network/Meeting?structureId={centre}&id={meeting}&handler=Delete", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var unconfirmedPage = await unconfirmed.TextAsync();
        Assert.Contains("Επιλέξτε το πλαίσιο", unconfirmedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Συνάντηση δικτύου\"", unconfirmedPage, StringComparison.Ordinal);

        var outsider = await factory.BrowserAsync(await factory.UserAsync((AppRole.Coordinator, other)), TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Network/Meeting?structureId={centre}&id={meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/Network/Meeting?structureId={other}&id={meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormToAsync($"/Network/Publicity?structureId={other}", $"/Network/Publicity?structureId={other}&id={publicity}&handler=Delete", new() { ["ConfirmDelete"] = "true" })).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostMultipartAsync($"/Network/Meeting?structureId={centre}&id={meeting}&handler=Delete", [new("ConfirmDelete", "true")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostMultipartAsync($"/Network/Partner?structureId={centre}&id={partner}&handler=Delete", [new("ConfirmDelete", "true")])).StatusCode);

        await using (var scope = factory.Scope())
        {
            var period = Period(scope.ServiceProvider);
            Assert.Empty(period.Partners);
            Assert.Empty(period.Meetings);
            Assert.Equal("Αφίσα", Assert.Single(period.Publicity).Title);
            var db = factory.Db(scope);
            Assert.False(db.StoredFiles.Any(f => f.Id == file));
            var key = meeting.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(db.AuditEntries.Any(a => a.EntityType == "NetworkMeeting" && a.EntityId == key && a.Action == AuditAction.Delete));
            Assert.True(db.AuditEntries.Any(a => a.EntityType == "NetworkPartner" && a.Action == AuditAction.Update));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Network/File/{file}")).StatusCode);
    }
}
