using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Domain;
using OneStop.Web.Exports;

namespace OneStop.Web.Features.Reports;

/// <summary>One participant of the micro-data: the indicator row and who they are.</summary>
public sealed class EsfMicroRow
{
    public required EsfRow Row { get; init; }
    public required string StructureName { get; init; }
    public required string LastName { get; init; }
    public required string FirstName { get; init; }
    public string? FatherName { get; init; }
    public string? LatinLastName { get; init; }
    public string? LatinFirstName { get; init; }
    public string? Amka { get; init; }
    public string? Afm { get; init; }
}

/// <summary>
/// The micro-data export (ADR 074): one row per participant who entered or left in the period,
/// with every field of docs/INDICATORS.md, the identifiers the national upload needs and a 1/0 column
/// per indicator, as CSV (UTF-8 with BOM, comma, the import template's column names) or XLSX.
/// Rows are read forward-only (no tracking, no list) and written to the response as they come,
/// so memory stays flat at a million rows. Audited as one entry naming the export and its count.
/// </summary>
public sealed class EsfMicrodata(AppDbContext db, EsfIndicators esf, EsfPeople people)
{
    public const string Csv = "csv", Xlsx = "xlsx";

    private sealed record Column(string Name, Func<EsfMicroRow, string?>? Text = null, Func<EsfMicroRow, long?>? Number = null, Func<EsfMicroRow, DateOnly?>? Date = null);

    /// <summary>The rows of the export, ordered by structure and name, read without tracking.</summary>
    public IQueryable<EsfMicroRow> Query(EsfRequest request, IReadOnlyCollection<int> structures)
    {
        var period = new EsfPeriod(request.From, request.To);
        return
            from r in esf.Participants(structures).Where(EsfIndicators.InPeriod(period))
            join b in db.Beneficiaries on r.BeneficiaryId equals b.Id
            join s in db.Structures on r.StructureId equals s.Id
            orderby r.StructureId, b.LastName, b.FirstName, r.BeneficiaryId
            select new EsfMicroRow
            {
                Row = r, StructureName = s.Name, LastName = b.LastName, FirstName = b.FirstName, FatherName = b.FatherName,
                LatinLastName = b.LatinLastName, LatinFirstName = b.LatinFirstName, Amka = b.Amka, Afm = b.Afm,
            };
    }

    /// <summary>Writes the export to <paramref name="body"/> and audits it; returns the number of participants written.</summary>
    public async Task<int> WriteAsync(string format, EsfRequest request, IReadOnlyCollection<int> structures, Stream body, CancellationToken ct)
    {
        var columns = Columns(request);
        var rows = 0;
        await using var chunks = new ChunkedStream(body);
        try
        {
            if (format == Xlsx)
            {
                using var xlsx = new StreamedXlsx(chunks, "ESF " + EsfRequest.Name(request.Framework), columns.Count);
                xlsx.StartRow();
                foreach (var c in columns)
                {
                    xlsx.Text(c.Name, style: 1);
                }

                xlsx.EndRow();
                await foreach (var m in Query(request, structures).AsAsyncEnumerable().WithCancellation(ct))
                {
                    xlsx.StartRow();
                    foreach (var c in columns)
                    {
                        if (c.Text is not null)
                        {
                            xlsx.Text(c.Text(m));
                        }
                        else if (c.Number is not null)
                        {
                            xlsx.Number(c.Number(m));
                        }
                        else
                        {
                            xlsx.Date(c.Date!(m));
                        }
                    }

                    xlsx.EndRow();
                    rows++;
                    if (chunks.Full)
                    {
                        await chunks.DrainAsync(ct);
                    }
                }

                xlsx.Finish();
            }
            else
            {
                chunks.Write(Encoding.UTF8.Preamble);
                await using var text = new StreamWriter(chunks, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
                var csv = new CsvWriter(text);
                csv.Row(columns.Select(c => c.Name));
                await foreach (var m in Query(request, structures).AsAsyncEnumerable().WithCancellation(ct))
                {
                    foreach (var c in columns)
                    {
                        if (c.Text is not null)
                        {
                            csv.Text(c.Text(m));
                        }
                        else if (c.Number is not null)
                        {
                            csv.Number(c.Number(m));
                        }
                        else
                        {
                            csv.Date(c.Date!(m));
                        }
                    }

                    csv.EndRow();
                    rows++;
                    if (chunks.Full)
                    {
                        text.Flush();
                        await chunks.DrainAsync(ct);
                    }
                }

                text.Flush();
            }

            await chunks.DrainAsync(ct);
            return rows;
        }
        finally
        {
            // An interrupted download still disclosed the rows written so far.
            people.Audit("EsfMicrodata", format + " " + EsfPeople.Describe(request, structures), structures, new() { ["format"] = format, ["rows"] = rows });
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>The column names in the order written (the import template's names first).</summary>
    public static IReadOnlyList<string> ColumnNames(EsfFramework framework) => [.. Columns(new EsfRequest(framework, default, default)).Select(c => c.Name)];

    private static List<Column> Columns(EsfRequest request)
    {
        var period = new EsfPeriod(request.From, request.To);
        bool Entered(EsfRow r) => r.EntryDate >= period.From && r.EntryDate <= period.To;
        bool Left(EsfRow r) => r.ExitDate >= period.From && r.ExitDate <= period.To;
        static long? Flag(bool? b) => b is null ? null : b.Value ? 1 : 0;

        List<Column> columns =
        [
            new("structure_id", Number: m => m.Row.StructureId),
            new("structure_name", Text: m => m.StructureName),
            new("beneficiary_id", Number: m => m.Row.BeneficiaryId),
            new("last_name", Text: m => m.LastName),
            new("first_name", Text: m => m.FirstName),
            new("father_name", Text: m => m.FatherName),
            new("latin_last_name", Text: m => m.LatinLastName),
            new("latin_first_name", Text: m => m.LatinFirstName),
            new("amka", Text: m => m.Amka),
            new("afm", Text: m => m.Afm),
            new("birth_date", Date: m => m.Row.BirthDate),
            new("gender", Text: m => Code(m.Row.Gender)),
            new("entry_date", Date: m => m.Row.EntryDate),
            new("exit_date", Date: m => m.Row.ExitDate),
            new("labour_status", Text: m => Code(m.Row.LabourStatus)),
            new("unemployed_months", Number: m => m.Row.UnemployedMonths),
            new("isced", Number: m => m.Row.Isced),
            new("disability", Text: m => Code(m.Row.Disability)),
            new("third_country_national", Text: m => YesNo(m.Row.ThirdCountryNational)),
            new("foreign_background", Text: m => Code(m.Row.ForeignBackground)),
            new("minority", Text: m => Code(m.Row.Minority)),
            new("homeless", Text: m => Code(m.Row.Homeless)),
            new("other_disadvantaged", Text: m => Code(m.Row.OtherDisadvantaged)),
            new("rural", Text: m => YesNo(m.Row.Rural)),
            new("exit_situation", Text: m => Code(m.Row.ExitSituation)),
            new("qualification_gained", Text: m => YesNo(m.Row.QualificationGained)),
            new("situation_6m", Text: m => Code(m.Row.Situation6m)),
            new("improved_6m", Text: m => YesNo(m.Row.Improved6m)),
            new("entry_participation_id", Number: m => m.Row.FirstId),
            new("exit_participation_id", Number: m => m.Row.LastId),
            new("age_at_entry", Number: m => m.Row.Age),
            new("complete", Number: m => Flag(Complete(m.Row))),
            new("entered_in_period", Number: m => Flag(Entered(m.Row))),
            new("left_in_period", Number: m => Flag(Left(m.Row))),
        ];
        foreach (var indicator in EsfRules.For(request.Framework))
        {
            columns.Add(new(indicator.Code.ToLowerInvariant(), Number: m => Flag((indicator.IsResult ? Left(m.Row) : Entered(m.Row)) && indicator.Counts(m.Row))));
        }

        return columns;
    }

    private static readonly Func<EsfRow, bool> Complete = EsfRules.Complete.Compile();

    private static string? YesNo(bool? b) => b is null ? null : b.Value ? "yes" : "no";

    private static string? Code<T>(T? value)
        where T : struct, Enum => value is { } v ? Codes<T>.Names[v] : null;

    private static class Codes<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));
    }
}
