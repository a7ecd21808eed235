using System.Net;
using System.Net.Http.Json;
using ClosedXML.Excel;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using PdfSharp.Pdf.IO;

namespace OneStop.Tests.Exports;

public sealed class DailyCardTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Api, int Structure, DateOnly Day)> ArrangeDayAsync(int named, int anonymous)
    {
        var municipality = await factory.MunicipalityAsync("Δήμος Καλαμαριάς " + Guid.NewGuid().ToString("N")[..6]);
        var structure = await factory.StructureAsync(municipality, name: "Κέντρο Κοινότητας Καλαμαριάς");
        var service = await factory.ServiceAsync(structure, "Σίτιση");
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, structure)));
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2));
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(2));
        for (var i = 0; i < named + anonymous; i++)
        {
            var at = start.AddMinutes(5 * i);
            object body = i < named
                ? new { structureId = structure, beneficiaryId = await factory.BeneficiaryAsync(structure, "Παπαδάκης", $"Γιώργος{i}"), reason = $"Αίτηση επιδόματος στέγασης αριθμός {i}", axis = "B", serviceIds = new[] { service }, outcome = "registered", occurredAt = at }
                : new { structureId = structure, anonymous = true, gender = "female", ageBand = "under18", reason = "Πληροφορίες", axis = "A", channel = "phone", outcome = "informed", occurredAt = at };
            var response = await api.PostAsJsonAsync("/api/v1/visits", body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        return (api, structure, day);
    }

    [Fact]
    public async Task Pdf_ManyContacts_RealPdfWithEmbeddedFontAndSeveralPages()
    {
        var (api, structure, day) = await ArrangeDayAsync(named: 40, anonymous: 25);

        var response = await api.GetAsync($"/api/v1/structures/{structure}/visits/daily-card.pdf?date={day:yyyy-MM-dd}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("DejaVu#20Sans", raw);
        Assert.Contains("/FontFile2", raw);
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 2, $"{pdf.PageCount} pages");
    }

    [Fact]
    public async Task Pdf_EmptyDay_OnePage()
    {
        var (api, structure, _) = await ArrangeDayAsync(named: 0, anonymous: 0);

        var bytes = await api.GetByteArrayAsync($"/api/v1/structures/{structure}/visits/daily-card.pdf?date=2020-01-15");

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(1, pdf.PageCount);
    }

    [Fact]
    public async Task Xlsx_Day_HasHeaderRowsTableAndTotalsInGreek()
    {
        var (api, structure, day) = await ArrangeDayAsync(named: 2, anonymous: 1);

        var bytes = await api.GetByteArrayAsync($"/api/v1/structures/{structure}/visits/daily-card.xlsx?date={day:yyyy-MM-dd}");

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheets.Single();
        var cells = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Ημερήσια καρτέλα καταγραφής εισερχομένων", cells);
        Assert.Contains("Κέντρο Κοινότητας Καλαμαριάς", cells);
        Assert.Contains(cells, c => c.StartsWith("Δήμος Καλαμαριάς", StringComparison.Ordinal));
        Assert.Contains(day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), cells);
        Assert.Contains("Παπαδάκης Γιώργος1", cells);
        Assert.Contains("ανώνυμος (Γυναίκα, Κάτω των 18)", cells);
        Assert.Contains("Σίτιση / Εγγραφή", cells);
        var totals = sheet.CellsUsed().Single(c => c.GetString() == "Επαφές").Address.RowNumber;
        Assert.Equal("3", sheet.Cell(totals, 2).GetString());
        Assert.Equal("2", sheet.Cell(totals + 1, 2).GetString());
        Assert.Equal("1", sheet.Cell(totals + 2, 2).GetString());
        Assert.Contains("Ο/Η Συντονιστής/τρια", cells);
    }
}
