using System.Text;
using OneStop.E2E.Infrastructure;

namespace OneStop.E2E.Reports;

/// <summary>A Coordinator opens the ESF report, follows a cell to the people behind it and downloads the table as XLSX and PDF.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EsfReportExportTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Coordinator_ClicksCellAndDownloadsTable_ListAndFilesMatch()
    {
        var (structure, email) = await fixture.Server.CoordinatorWithParticipantsAsync("Κέντρο Κοινότητας ΕΚΤ");
        var page = await fixture.NewPageAsync();
        await EsfReportArrange.SignInAsync(page, email);
        await page.GotoAsync($"/Reports/Esf?{EsfReportArrange.Query}&structureId={structure}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Δείκτες ΕΚΤ");

        // EECO02 (unemployed), women: one of the two unemployed is a woman.
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "EECO02" });
        await Expect(row.GetByRole(AriaRole.Link)).ToHaveCountAsync(4);
        await row.GetByRole(AriaRole.Link).Nth(1).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Συμμετέχοντες πίσω από έναν αριθμό");
        var table = page.GetByRole(AriaRole.Table);
        await Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(table).ToContainTextAsync("Οικονόμου Δέσποινα");
        await Expect(table).ToContainTextAsync("02/04/2024");
        await fixture.Screenshots.TakeAsync(page, "esf-drill-down-el");

        await page.GetByRole(AriaRole.Link, new() { Name = "Επιστροφή στην αναφορά" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("EECO02");
        await fixture.Screenshots.TakeAsync(page, "esf-report-el");
        var xlsx = await DownloadAsync(page, "Πίνακας σε XLSX", "esf-table.xlsx");
        Assert.True(new FileInfo(xlsx).Length > 1000);
        Assert.Equal("PK", Encoding.ASCII.GetString(File.ReadAllBytes(xlsx), 0, 2));
        var pdf = await DownloadAsync(page, "Πίνακας σε PDF", "esf-table.pdf");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
        var micro = await DownloadAsync(page, "Μικροδεδομένα σε CSV", "esf-microdata.csv");
        Assert.Equal(4, File.ReadAllLines(micro, Encoding.UTF8).Length);
        await page.Context.CloseAsync();
    }

    private async Task<string> DownloadAsync(IPage page, string link, string fileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        var path = Path.Combine(fixture.Screenshots.Folder, fileName);
        await download.SaveAsAsync(path);
        return path;
    }
}
