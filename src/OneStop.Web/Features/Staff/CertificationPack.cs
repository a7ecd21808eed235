using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OneStop.Data;
using OneStop.Web.Domain;
using OneStop.Web.Exports;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Staff;

namespace OneStop.Web.Features.Staff;

/// <summary>
/// The certification pack (Πιστοποίηση φυσικού αντικειμένου – Παραδοτέα) of a structure and period,
/// written as a ZIP straight to the response one file at a time, so memory stays bounded by the
/// largest single file. Folder and file names are ASCII (Greek titles in ELOT 743), so that every
/// unzip tool shows them alike; see docs/decisions/043.
/// </summary>
public sealed class CertificationPack(
    AppDbContext db,
    StaffAccess access,
    VisitQueries visits,
    DailyCardBuilder cards,
    StaffSheetBuilder sheets,
    ICertificationMaterialSource material,
    IOptions<StaffOptions> options,
    IStringLocalizer<StaffResource> t)
{
    /// <summary>The Coordinator (who manages the structure's staff and reads its visitor cards).</summary>
    public async Task<bool> CanProduceAsync(int structureId, CancellationToken ct) =>
        await access.CanManageStructureAsync(structureId, ct) && await visits.CanReadAsync(structureId, ct);

    public async Task<string> FileNameAsync(int structureId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var name = await db.Structures.AsNoTracking().Where(s => s.Id == structureId).Select(s => s.Name).SingleAsync(ct);
        return $"{Root(name, from, to)}.zip";
    }

    public async Task WriteAsync(int structureId, DateOnly from, DateOnly to, Stream output, CancellationToken ct)
    {
        var book = await AttendanceBook.LoadAsync(db, structureId, from, to, ct) ?? throw new InvalidOperationException("Structure not found");
        var root = Root(book.StructureName, from, to) + "/";
        await using var pump = new DrainingStream(output);
        var zip = await ZipArchive.CreateAsync(pump, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await WriteEntriesAsync(zip, pump, book, root, ct);
        await zip.DisposeAsync();
        await pump.DrainAsync(ct);
    }

    private async Task WriteEntriesAsync(ZipArchive zip, DrainingStream pump, AttendanceBook book, string root, CancellationToken ct)
    {
        var (structureId, from, to) = (book.StructureId, book.From, book.To);

        var list = PersonMonthsReport.Build(book, options.Value.FullTimeWeeklyHours);
        var listSheet = sheets.PersonMonths(list);
        var listName = $"{root}01_anthropomines/anthropomines_{Range(from, to)}";
        await AddAsync(zip, pump, listName + ".pdf", s => StaffSheetPdf.Render(listSheet, s), ct);
        await AddAsync(zip, pump, listName + ".xlsx", s => StaffSheetXlsx.Render(listSheet, t["PersonMonthsSheet"], CultureInfo.CurrentCulture, s), ct);

        foreach (var month in PersonMonths.Months(from, to))
        {
            var folder = $"{root}02_parousiologia/{month.Year:D4}-{month.Month:D2}/";
            await AddAsync(zip, pump, $"{folder}parousiologio_minaio_{month.Year:D4}-{month.Month:D2}.pdf", s => StaffSheetPdf.Render(sheets.Monthly(book, month.Year, month.Month), s), ct);
        }

        foreach (var day in book.SheetDays())
        {
            var sheet = sheets.Daily(book.Day(day));
            await AddAsync(zip, pump, $"{root}02_parousiologia/{day:yyyy-MM}/parousiologio_{Iso(day)}.pdf", s => StaffSheetPdf.Render(sheet, s), ct);
        }

        var visitDays = await db.Visits.AsNoTracking()
            .Where(v => v.StructureId == structureId && v.Day >= from && v.Day <= to)
            .Select(v => v.Day).Distinct().OrderBy(d => d).ToListAsync(ct);
        foreach (var day in visitDays)
        {
            if (await visits.DayAsync(structureId, day, ct) is { } visitDay)
            {
                var bytes = DailyCardPdf.Render(cards.Build(visitDay));
                await AddAsync(zip, pump, $"{root}03_kartelles_eiserchomenon/{day:yyyy-MM}/kartella_{Iso(day)}.pdf", s => s.Write(bytes), ct);
            }
        }

        var items = new List<CertificationMaterialItem>();
        await foreach (var item in material.ForPeriodAsync(structureId, from, to, ct))
        {
            var name = $"{items.Count + 1:D3}_{Ascii(item.FileName)}";
            items.Add(item with { FileName = name });
            await using var source = await item.OpenAsync(ct);
            await AddStreamAsync(zip, pump, $"{root}04_dimosiotita_diktyosi/{name}", source, ct);
        }

        var index = sheets.MaterialIndex(book.StructureName, book.MunicipalityName, from, to, items);
        await AddAsync(zip, pump, $"{root}04_dimosiotita_diktyosi/000_evretirio.pdf", s => StaffSheetPdf.Render(index, s), ct);
    }

    private static async Task AddAsync(ZipArchive zip, DrainingStream pump, string name, Action<Stream> render, CancellationToken ct)
    {
        // Rendered in memory (one file at a time), then written with async I/O to the response.
        using var buffer = new MemoryStream();
        render(buffer);
        buffer.Position = 0;
        await AddStreamAsync(zip, pump, name, buffer, ct);
    }

    private static async Task AddStreamAsync(ZipArchive zip, DrainingStream pump, string name, Stream content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using (var target = await entry.OpenAsync(ct))
        {
            await content.CopyToAsync(target, ct);
        }

        await pump.DrainAsync(ct);
    }

    private static string Root(string structureName, DateOnly from, DateOnly to) => $"paradotea_{Ascii(structureName)}_{Range(from, to)}";

    private static string Range(DateOnly from, DateOnly to) => $"{Iso(from)}_{Iso(to)}";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A file-name-safe ASCII form: Greek transliterated (ELOT 743), anything else a dash.</summary>
    public static string Ascii(string text)
    {
        var latin = Elot743.Transliterate(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in latin)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var result = sb.ToString().Trim('-');
        return result.Length == 0 ? "file" : result[..Math.Min(result.Length, 60)];
    }
}
