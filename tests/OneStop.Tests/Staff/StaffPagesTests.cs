using System.Net;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Staff;

public sealed class StaffPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Coordinator_AddsStaffLeaveAndDay_FormsKeepInputOnErrors()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality, "Κέντρο Κοινότητας Σελίδων");
        var coordinator = await factory.UserAsync((AppRole.Coordinator, structure));
        var browser = await factory.BrowserAsync(coordinator, TestData.Password);
        var s = structure.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("Κέντρο Κοινότητας Σελίδων", await browser.GetTextAsync("/Staff"));

        // A rejected contract comes back filled in, the message under its field.
        var rejected = await browser.PostFormAsync("/Staff/Edit", new()
        {
            ["Input.Name"] = "Ζαχαρίου Άννα", ["Input.Specialty"] = "Psychologist", ["Input.StructureIds"] = s, ["Input.ContractType"] = "FixedTerm",
            ["Input.ContractStart"] = "2026-03-01", ["Input.ContractEnd"] = "2026-02-01", ["Input.WeeklyHours"] = "30",
        });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var page = await rejected.TextAsync();
        Assert.Contains("Ζαχαρίου Άννα", page);
        Assert.Contains("Η σύμβαση δεν μπορεί να λήγει πριν από την έναρξή της.", page);

        var saved = await browser.PostFormAsync("/Staff/Edit", new()
        {
            ["Input.Name"] = "Ζαχαρίου Άννα", ["Input.Specialty"] = "Psychologist", ["Input.StructureIds"] = s, ["Input.ContractType"] = "FixedTerm",
            ["Input.ContractStart"] = "2026-03-01", ["Input.WeeklyHours"] = "37,5",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = saved.Headers.Location!.ToString();
        int id;
        await using (var scope = factory.Scope())
        {
            var staff = await factory.Db(scope).StaffMembers.SingleAsync(x => x.Name == "Ζαχαρίου Άννα");
            Assert.Equal(37.5m, staff.WeeklyHours);
            id = staff.Id;
        }

        var leave = await browser.PostFormToAsync(details, $"{details}?handler=Leave", new() { ["Input.Kind"] = "Annual", ["Input.From"] = "2026-03-20", ["Input.To"] = "2026-03-18" });
        Assert.Contains("Η ημερομηνία λήξης είναι πριν από την ημερομηνία έναρξης.", await leave.TextAsync());
        leave = await browser.PostFormToAsync(details, $"{details}?handler=Leave", new() { ["Input.Kind"] = "Annual", ["Input.From"] = "2026-03-18", ["Input.To"] = "2026-03-20" });
        Assert.Equal(HttpStatusCode.Redirect, leave.StatusCode);
        Assert.Contains("κανονική άδεια", await browser.GetTextAsync(details));

        var day = $"/Staff/Attendance?structureId={s}&date=2026-03-17";
        var wrong = await browser.PostFormAsync(day, new() { ["Input.Rows[0].StaffId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Rows[0].In"] = "15:00", ["Input.Rows[0].Out"] = "09:00" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        page = await wrong.TextAsync();
        Assert.Contains("Η ώρα αποχώρησης πρέπει να είναι μετά την ώρα προσέλευσης.", page);
        Assert.Contains("value=\"15:00\"", page);
        var right = await browser.PostFormAsync(day, new() { ["Input.Rows[0].StaffId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Rows[0].In"] = "08:00", ["Input.Rows[0].Out"] = "15:30" });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("value=\"15:30\"", await browser.GetTextAsync(day));
        Assert.Contains("κανονική άδεια", await browser.GetTextAsync($"/Staff/Attendance?structureId={s}&date=2026-03-19"));
        Assert.Contains("Εθνική εορτή 25ης Μαρτίου", await browser.GetTextAsync($"/Staff/Attendance?structureId={s}&date=2026-03-25"));

        page = await browser.GetTextAsync($"/Staff/PersonMonths?structureId={s}&from=2026-03-01&to=2026-03-31");
        Assert.Contains("0,94", page); // 37.5 of 40 hours, whole month
        Assert.Contains("/certification-pack?from=2026-03-01&amp;to=2026-03-31", await browser.GetStringAsync($"/Staff/PersonMonths?structureId={s}&from=2026-03-01&to=2026-03-31"));
    }

    [Fact]
    public async Task FrontDesk_StaffPagesHidden_OwnAttendanceOnly()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var frontDesk = await factory.UserAsync((AppRole.FrontDesk, structure));
        var browser = await factory.BrowserAsync(frontDesk, TestData.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Staff")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Staff/Attendance?structureId={structure}")).StatusCode);
        Assert.Contains("δεν είναι συνδεδεμένος", await browser.GetTextAsync("/Staff/Me"));

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var userId = await db.Users.Where(u => u.Email == frontDesk).Select(u => u.Id).SingleAsync();
            db.StaffMembers.Add(new StaffMember
            {
                Name = "Θεοδώρου Πέτρος", Specialty = StaffSpecialty.Administrative, ContractType = ContractType.FixedTerm, ContractStart = new DateOnly(2025, 1, 1), WeeklyHours = 40,
                UserId = userId, Structures = [new StaffStructure { StructureId = structure }],
            });
            await db.SaveChangesAsync();
        }

        var checkIn = await browser.PostFormToAsync("/Staff/Me", "/Staff/Me", new() { ["staffId"] = await StaffIdAsync("Θεοδώρου Πέτρος") });
        Assert.Equal(HttpStatusCode.Redirect, checkIn.StatusCode);
        Assert.Contains("Δήλωση αποχώρησης τώρα", await browser.GetTextAsync("/Staff/Me"));
    }

    private async Task<string> StaffIdAsync(string name)
    {
        await using var scope = factory.Scope();
        return (await factory.Db(scope).StaffMembers.Where(s => s.Name == name).Select(s => s.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
