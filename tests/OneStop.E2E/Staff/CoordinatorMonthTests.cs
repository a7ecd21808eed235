using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;
using OneStop.Web.Domain;

namespace OneStop.E2E.Staff;

/// <summary>A coordinator's month: record a day's attendance, print the day's sheet, produce the certification pack.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CoordinatorMonthTests(BrowserFixture fixture)
{
    private const string Password = "Coordinator-Password-1";

    [Fact]
    public async Task CoordinatorMonth_RecordsDayPrintsSheetAndProducesPack()
    {
        var athensToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Athens")));
        var first = new DateOnly(athensToday.Year, athensToday.Month, 1).AddMonths(-1);
        var last = first.AddMonths(1).AddDays(-1);
        var day = first;
        while (!GreekHolidays.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        var municipality = await fixture.Server.MunicipalityAsync();
        var name = $"Κέντρο Κοινότητας Μήνα {Guid.NewGuid().ToString("N")[..6]}";
        var structure = await fixture.Server.FullStructureAsync(municipality, name);
        var email = await ArrangeAsync(structure, first);

        var page = await fixture.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        await new LoginPage(page).SignInAsync(email, Password);
        await page.GotoAsync($"/Staff/Attendance?structureId={Inv(structure)}&date={Iso(day)}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ημερήσια παρουσία");
        await page.GetByLabel("Ώρα προσέλευσης: Αναστασίου Ευτυχία").FillAsync("08:00");
        await page.GetByLabel("Ώρα αποχώρησης: Αναστασίου Ευτυχία").FillAsync("16:00");
        await page.GetByLabel("Ώρα προσέλευσης: Μπακογιάννης Άρης").FillAsync("09:15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση ημέρας" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Η παρουσία αποθηκεύτηκε (2 αλλαγές).");
        await Expect(page.GetByLabel("Ώρα αποχώρησης: Αναστασίου Ευτυχία")).ToHaveValueAsync("16:00");
        await AssertAxeCleanAsync(page, "staff-attendance-saved-el");

        var sheet = await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Εκτύπωση ημερήσιου παρουσιολογίου (PDF)" }), "attendance-sheet.pdf");
        var text = PdfText(sheet);
        Assert.Contains("ΗΜΕΡΗΣΙΟ ΠΑΡΟΥΣΙΟΛΟΓΙΟ ΠΡΟΣΩΠΙΚΟΥ", text);
        Assert.Contains("Μπακογιάννης Άρης", text);
        Assert.Contains("09:15", text);
        Assert.Contains("Ο/Η Συντονιστής/τρια", text);
        AsImage(sheet, "attendance-sheet");

        await page.GotoAsync($"/Staff/PersonMonths?structureId={Inv(structure)}&from={Iso(first)}&to={Iso(last)}");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Αναστασίου Ευτυχία");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("1,50"); // 40 + 20 hours, whole month
        await AssertAxeCleanAsync(page, "staff-person-months-el");
        var pack = await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Λήψη φακέλου πιστοποίησης (ZIP)" }), "pack.zip");
        using var zip = ZipFile.OpenRead(pack);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains(names, n => n.EndsWith($"02_parousiologia/{first:yyyy-MM}/parousiologio_{Iso(day)}.pdf", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".xlsx", StringComparison.Ordinal) && n.Contains("01_anthropomines", StringComparison.Ordinal));
        var listPdf = Path.Combine(fixture.Screenshots.Folder, "person-months.pdf");
        zip.Entries.Single(e => e.FullName.EndsWith(".pdf", StringComparison.Ordinal) && e.FullName.Contains("01_anthropomines", StringComparison.Ordinal)).ExtractToFile(listPdf, overwrite: true);
        Assert.Contains("ΚΑΤΑΣΤΑΣΗ ΑΝΘΡΩΠΟΜΗΝΩΝ", PdfText(listPdf));
        AsImage(listPdf, "person-months");
    }

    private async Task<string> ArrangeAsync(int structure, DateOnly contractStart)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"coordinator-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Ελένη Συντονίστρια" };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.Coordinator, StructureId = structure });
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.StaffMembers.AddRange(
            new StaffMember { Name = "Αναστασίου Ευτυχία", Specialty = StaffSpecialty.SocialWorker, ContractType = ContractType.FixedTerm, ContractStart = contractStart, WeeklyHours = 40, Structures = [new StaffStructure { StructureId = structure }] },
            new StaffMember { Name = "Μπακογιάννης Άρης", Specialty = StaffSpecialty.RomaMediator, ContractType = ContractType.FixedTerm, ContractStart = contractStart, WeeklyHours = 20, Structures = [new StaffStructure { StructureId = structure }] });
        await db.SaveChangesAsync();
        return email;
    }

    private async Task<string> DownloadAsync(IPage page, ILocator link, string fileName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = Path.Combine(fixture.Screenshots.Folder, fileName);
        await download.SaveAsAsync(path);
        return path;
    }

    /// <summary>The PDF's text as poppler reads it (the Greek must come out as Greek).</summary>
    private static string PdfText(string pdf) => Run("pdftotext", $"-layout \"{pdf}\" -");

    /// <summary>The first page as a PNG next to the screenshots, for a person to look at.</summary>
    private void AsImage(string pdf, string name)
    {
        Run("pdftoppm", $"-png -r 60 -f 1 -l 1 \"{pdf}\" \"{Path.Combine(fixture.Screenshots.Folder, name)}\"");
        Assert.NotEmpty(Directory.GetFiles(fixture.Screenshots.Folder, name + "*.png"));
    }

    private static string Run(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private async Task AssertAxeCleanAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await fixture.Screenshots.TakeAsync(page, name);
        var result = await page.RunAxe();
        var findings = string.Join(Environment.NewLine, result.Violations.Select(v =>
            string.Create(CultureInfo.InvariantCulture, $"{v.Id} ({v.Impact}): {v.Help} → {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.True(result.Violations.Length == 0, $"axe on {name}:{Environment.NewLine}{findings}");
    }

    private static string Inv(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
