using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Exports;

namespace OneStop.Web.Features.Staff;

/// <summary>Turns attendance and person-months into the localised forms the renderers lay out.</summary>
public sealed class StaffSheetBuilder(IStringLocalizer<StaffResource> t)
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    /// <summary>Ημερήσιο παρουσιολόγιο: every staff member, times, signature boxes, the coordinator's signature.</summary>
    public StaffSheet Daily(AttendanceDay day)
    {
        var rows = day.Lines.Select((l, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), l.Name, Specialty(l.Specialty),
            l.In ?? "", "", l.Out ?? "", "", l.Leave is { } k ? t["Leave_" + k] : "",
        ]).ToList();
        var notes = new List<string>();
        if (day.Holiday is { } h)
        {
            notes.Add(t["HolidayNote", t["Holiday_" + h.Kind]]);
        }

        notes.Add(t["DailySheetStatement"]);
        return new StaffSheet(
            t["DailySheetTitle"],
            [new(t["Structure"], day.StructureName), new(t["Municipality"], day.MunicipalityName), new(t["Date"], DayText(day.Day))],
            [t["ColNumber"], t["ColName"], t["ColSpecialty"], t["ColIn"], t["ColSignature"], t["ColOut"], t["ColSignature"], t["ColRemarks"]],
            [0.05, 0.20, 0.13, 0.13, 0.13, 0.13, 0.13, 0.10],
            rows, null, t["NoStaff"], notes,
            [t["SignatureCoordinator"]], t["SignatureName"], t["SignatureSign"], t["PageOf"], Landscape: false, MinRowHeight: 26);
    }

    /// <summary>The month's attendance: one line per staff member, one column per day.</summary>
    public StaffSheet Monthly(AttendanceBook book, int year, int month)
    {
        var days = Enumerable.Range(1, DateTime.DaysInMonth(year, month)).Select(d => new DateOnly(year, month, d)).ToList();
        var columns = new List<string> { t["ColName"] };
        columns.AddRange(days.Select(d => d.Day.ToString(CultureInfo.InvariantCulture) + "\n" + Culture.DateTimeFormat.GetShortestDayName(d.DayOfWeek)));
        var rows = book.Staff.Where(s => days.Any(d => AttendanceBook.UnderContract(s, d))).Select(s =>
        {
            var cells = new List<string> { s.Name };
            cells.AddRange(days.Select(d => Cell(book, s, d)));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        var holidays = GreekHolidays.Between(days[0], days[^1]).Select(h => $"{Date(h.Date)[..5]}: {t["Holiday_" + h.Kind]}");
        return new StaffSheet(
            t["MonthlySheetTitle"],
            [new(t["Structure"], book.StructureName), new(t["Municipality"], book.MunicipalityName), new(t["Month"], $"{month:D2}/{year}")],
            columns, [3.2, .. days.Select(_ => 1.0)],
            rows, null, t["NoStaff"],
            [t["MonthlyLegend"], string.Join(" · ", holidays)],
            [t["SignatureCoordinator"]], t["SignatureName"], t["SignatureSign"], t["PageOf"], Landscape: true, Compact: true);
    }

    /// <summary>Κατάσταση ανθρωπομηνών: staff by month, totals per person and for the structure.</summary>
    public StaffSheet PersonMonths(PersonMonthsList list)
    {
        var byStaff = list.Rows.GroupBy(r => r.StaffId).ToList();
        var rows = byStaff.Select((g, i) =>
        {
            var first = g.First();
            var cells = new List<string> { (i + 1).ToString(CultureInfo.InvariantCulture), first.Name, Specialty(first.Specialty) };
            cells.AddRange(list.Months.Select(m => g.FirstOrDefault(r => r.Month == m) is { } r ? Number(r.PersonMonths) : ""));
            cells.Add(Number(g.Sum(r => r.PersonMonths)));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        var total = new List<string> { "", t["TotalStructure"], "" };
        total.AddRange(list.Months.Select(m => Number(list.Rows.Where(r => r.Month == m).Sum(r => r.PersonMonths))));
        total.Add(Number(list.Total));
        var columns = new List<string> { t["ColNumber"], t["ColName"], t["ColSpecialty"] };
        columns.AddRange(list.Months.Select(m => m[5..] + "/" + m[..4]));
        columns.Add(t["ColTotal"]);
        return new StaffSheet(
            t["PersonMonthsTitle"],
            [
                new(t["Structure"], list.StructureName), new(t["Municipality"], list.MunicipalityName),
                new(t["Period"], $"{Date(list.From)} – {Date(list.To)}"),
            ],
            columns, [0.6, 4, 3, .. list.Months.Select(_ => 1.2), 1.4],
            rows, total, t["NoStaff"],
            [t["PersonMonthsFormula", Number(list.FullTimeWeeklyHours)]],
            [t["SignatureCoordinator"], t["SignatureLegalRepresentative"]], t["SignatureName"], t["SignatureSign"], t["PageOf"], Landscape: true);
    }

    /// <summary>The index of the period's publicity and networking material.</summary>
    public StaffSheet MaterialIndex(string structureName, string municipalityName, DateOnly from, DateOnly to, IReadOnlyList<CertificationMaterialItem> items) => new(
        t["MaterialIndexTitle"],
        [new(t["Structure"], structureName), new(t["Municipality"], municipalityName), new(t["Period"], $"{Date(from)} – {Date(to)}")],
        [t["ColNumber"], t["ColMaterial"], t["ColKind"], t["Date"], t["ColFile"]],
        [0.5, 4, 2, 1.3, 3],
        items.Select((m, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), m.Name, m.Kind, Date(m.Date), m.FileName]).ToList(),
        null, t["NoMaterial"], [], [t["SignatureCoordinator"]], t["SignatureName"], t["SignatureSign"], t["PageOf"], Landscape: false);

    public string Specialty(StaffSpecialty s) => t["Specialty_" + s];

    public string Number(decimal value) => value.ToString("0.00", Culture);

    private string Cell(AttendanceBook book, BookStaff s, DateOnly d)
    {
        if (!AttendanceBook.UnderContract(s, d))
        {
            return "";
        }

        var line = book.Line(s, d);
        if (line.In is not null)
        {
            return line.In + "\n" + (line.Out ?? "");
        }

        if (line.Leave is { } k)
        {
            return t["LeaveCode_" + k];
        }

        return GreekHolidays.On(d) is not null ? t["HolidayCode"] : "";
    }

    private string DayText(DateOnly day) => $"{Date(day)} ({Culture.DateTimeFormat.GetDayName(day.DayOfWeek)})";

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
