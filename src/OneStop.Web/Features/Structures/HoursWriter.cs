using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Structures;

/// <summary>Replaces the weekly hours and the dated exceptions of a structure, for the form and the API.</summary>
public sealed class HoursWriter(AppDbContext db, StructureScope scope, IStringLocalizer<StructuresResource> t)
{
    private const int MaxNoteLength = 200;

    /// <summary>Errors are keyed by paths such as OpeningHours[2].Closes.</summary>
    public async Task<StructureWriter.Result> SaveAsync(int structureId, HoursFields input, CancellationToken ct)
    {
        if (!await scope.CanManageAsync(structureId, ct))
        {
            return new StructureWriter.Result(null, [], NotFound: true);
        }

        var errors = new List<KeyValuePair<string, string>>();
        var intervals = ReadIntervals(input.OpeningHours, errors);
        var exceptions = ReadExceptions(input.HoursExceptions, errors);
        if (errors.Count > 0)
        {
            return new StructureWriter.Result(structureId, errors);
        }

        var structure = await db.Structures.Include(s => s.OpeningHours).Include(s => s.HoursExceptions).SingleAsync(s => s.Id == structureId, ct);
        if (input.Version is { } version)
        {
            db.Entry(structure).Property(s => s.Version).OriginalValue = version;
        }

        // Touching the version makes a concurrent edit of the hours a conflict instead of a silent overwrite.
        db.Entry(structure).Property(s => s.Version).IsModified = true;
        db.OpeningIntervals.RemoveRange(structure.OpeningHours);
        db.HoursExceptions.RemoveRange(structure.HoursExceptions);
        foreach (var interval in intervals)
        {
            interval.StructureId = structureId;
            db.OpeningIntervals.Add(interval);
        }

        foreach (var exception in exceptions)
        {
            exception.StructureId = structureId;
            db.HoursExceptions.Add(exception);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return new StructureWriter.Result(structureId, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new StructureWriter.Result(structureId, [], Conflict: true);
        }
    }

    private List<OpeningInterval> ReadIntervals(List<IntervalFields> rows, List<KeyValuePair<string, string>> errors)
    {
        var result = new List<(int Row, OpeningInterval Interval)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"{nameof(HoursFields.OpeningHours)}[{i}].";
            var day = Weekdays.FromCode(row.Day);
            if (day is null)
            {
                errors.Add(new(path + nameof(row.Day), t["UnknownDay"]));
            }

            var opens = Time(row.Opens, path + nameof(row.Opens), errors);
            var closes = Time(row.Closes, path + nameof(row.Closes), errors);
            if (opens is not null && closes is not null && closes <= opens)
            {
                errors.Add(new(path + nameof(row.Closes), t["ClosesBeforeOpens"]));
            }
            else if (day is not null && opens is not null && closes is not null)
            {
                result.Add((i, new OpeningInterval { Day = day.Value, Opens = opens.Value, Closes = closes.Value }));
            }
        }

        foreach (var (row, interval) in result)
        {
            if (result.Any(other => other.Row < row && other.Interval.Day == interval.Day
                && other.Interval.Opens < interval.Closes && interval.Opens < other.Interval.Closes))
            {
                errors.Add(new($"{nameof(HoursFields.OpeningHours)}[{row}].{nameof(IntervalFields.Opens)}", t["HoursOverlap"]));
            }
        }

        return result.Select(r => r.Interval).ToList();
    }

    private List<HoursException> ReadExceptions(List<ExceptionFields> rows, List<KeyValuePair<string, string>> errors)
    {
        var result = new List<HoursException>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"{nameof(HoursFields.HoursExceptions)}[{i}].";
            DateOnly? date = DateOnly.TryParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            if (date is null)
            {
                errors.Add(new(path + nameof(row.Date), t[string.IsNullOrWhiteSpace(row.Date) ? "DateRequired" : "InvalidDate"]));
            }
            else if (result.Any(e => e.Date == date))
            {
                errors.Add(new(path + nameof(row.Date), t["DuplicateExceptionDate"]));
            }

            TimeOnly? opens = null, closes = null;
            if (!row.Closed)
            {
                opens = Time(row.Opens, path + nameof(row.Opens), errors, "ExceptionTimesRequired");
                closes = Time(row.Closes, path + nameof(row.Closes), errors, "ExceptionTimesRequired");
                if (opens is not null && closes is not null && closes <= opens)
                {
                    errors.Add(new(path + nameof(row.Closes), t["ClosesBeforeOpens"]));
                }
            }

            var note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
            if (note is { Length: > MaxNoteLength })
            {
                errors.Add(new(path + nameof(row.Note), t["NoteTooLong", MaxNoteLength]));
            }

            if (date is not null)
            {
                result.Add(new HoursException { Date = date.Value, IsClosed = row.Closed, Opens = opens, Closes = closes, Note = note });
            }
        }

        return result;
    }

    private TimeOnly? Time(string? text, string path, List<KeyValuePair<string, string>> errors, string requiredKey = "TimeRequired")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(path, t[requiredKey]));
            return null;
        }

        // Browsers may send seconds (HH:mm:ss) from <input type="time">.
        var time = Weekdays.ParseTime(text.Length == 8 ? text[..5] : text.Trim());
        if (time is null)
        {
            errors.Add(new(path, t["InvalidTime"]));
        }

        return time;
    }
}
