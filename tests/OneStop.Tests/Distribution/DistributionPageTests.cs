using System.Net;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Distribution;

/// <summary>The counter page: a signature drawn on screen is kept as a PNG; "drawn" without a drawing is refused with a message (ADR 085).</summary>
public sealed class DistributionPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    [Fact]
    public async Task Give_DrawnSignature_StoredAndWithoutDrawingRefused()
    {
        var c = await factory.CentreAsync();
        var list = await c.ListAsync(4, "month", enforced: false);
        var person = await factory.BeneficiaryAsync(c.Structure, "Αλεξίου", "Σοφία");
        await c.PutHouseholdAsync(list, person, 2, CommunityData.AthensToday.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var browser = await factory.BrowserAsync(c.FrontDesk, TestData.Password);
        var page = await browser.GetTextAsync($"/Distribution/List/{list}");
        Assert.Contains("<template id=\"signature-pad\"", page, StringComparison.Ordinal);

        Dictionary<string, string> Give(string? png) => new()
        {
            ["beneficiaryId"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture), ["parcels"] = "1", ["signature"] = "Drawn",
            ["signaturePng"] = png ?? "",
        };
        var url = $"/Distribution/List/{list}?handler=Give";
        var unsigned = await browser.PostFormToAsync($"/Distribution/List/{list}", url, Give(null));
        Assert.Equal(HttpStatusCode.Redirect, unsigned.StatusCode);
        Assert.Contains("Σχεδιάστε την υπογραφή", await browser.GetTextAsync($"/Distribution/List/{list}"), StringComparison.Ordinal);

        var signed = await browser.PostFormToAsync($"/Distribution/List/{list}", url, Give(Png));
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        await using var scope = factory.Scope();
        var given = await factory.Db(scope).Distributions.AsNoTracking().SingleAsync(d => d.ListId == list);
        Assert.Equal(SignatureKind.Drawn, given.Signature);
        Assert.NotNull(given.SignatureFileId);
    }
}
