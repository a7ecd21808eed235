using System.Globalization;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Staff;

public sealed record PersonMonthRow(int StaffId, string Name, StaffSpecialty Specialty, string Month, decimal PersonMonths);

public sealed record PersonMonthsList(
    int StructureId, string StructureName, string MunicipalityName, DateOnly From, DateOnly To,
    decimal FullTimeWeeklyHours, IReadOnlyList<string> Months, IReadOnlyList<PersonMonthRow> Rows)
{
    public decimal Total => Rows.Sum(r => r.PersonMonths);
}

/// <summary>
/// The person-months list of a structure for a period: per staff member and month, the formula of
/// <see cref="PersonMonths"/> with the contract clipped to the period, rounded to two decimals.
/// </summary>
public sealed class PersonMonthsReport(AppDbContext db, StaffAccess access, IOptions<StaffOptions> options)
{
    public async Task<PersonMonthsList?> ForAsync(int structureId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!await access.CanManageStructureAsync(structureId, ct) || await AttendanceBook.LoadAsync(db, structureId, from, to, ct) is not { } book)
        {
            return null;
        }

        return Build(book, options.Value.FullTimeWeeklyHours);
    }

    public static PersonMonthsList Build(AttendanceBook book, decimal fullTime)
    {
        var months = PersonMonths.Months(book.From, book.To).ToList();
        var rows = new List<PersonMonthRow>();
        foreach (var s in book.Staff)
        {
            var start = s.ContractStart > book.From ? s.ContractStart : book.From;
            var end = s.ContractEnd is { } e && e < book.To ? e : book.To;
            var unpaid = book.Leave[s.Id].Where(l => l.Kind == LeaveKind.Unpaid).Select(l => new DateSpan(l.From, l.To)).ToList();
            foreach (var (year, month) in months)
            {
                var first = new DateOnly(year, month, 1);
                if (start > first.AddMonths(1).AddDays(-1) || end < first)
                {
                    continue;
                }

                var value = PersonMonths.Rounded(PersonMonths.For(year, month, start, end, s.WeeklyHours, unpaid, fullTime));
                rows.Add(new PersonMonthRow(s.Id, s.Name, s.Specialty, MonthKey(year, month), value));
            }
        }

        return new PersonMonthsList(book.StructureId, book.StructureName, book.MunicipalityName, book.From, book.To, fullTime,
            months.Select(m => MonthKey(m.Year, m.Month)).ToList(), rows);
    }

    private static string MonthKey(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
}
