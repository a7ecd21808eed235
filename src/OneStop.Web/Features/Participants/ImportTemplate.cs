using System.Globalization;
using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Participants;

/// <summary>One row of the participant import template (docs/INDICATORS.md), checked and typed.</summary>
public sealed record ParticipantRow(
    int Number, string? ExternalId, string LastName, string FirstName, string? FatherName, DateOnly? BirthDate, Gender? Gender,
    string? Amka, string? Afm, DateOnly EntryDate, DateOnly? ExitDate, LabourStatus? LabourStatus, int? UnemployedMonths, int? Isced,
    YesNoRefused? Disability, bool? ThirdCountryNational, YesNoRefused? ForeignBackground, YesNoRefused? Minority,
    YesNoRefused? Homeless, YesNoRefused? OtherDisadvantaged, bool? Rural, ExitSituation? ExitSituation, bool? QualificationGained,
    SituationAfterSixMonths? Situation6m, bool? Improved6m);

/// <summary>A bad row: its number in the file (the header is row 1), the column and why.</summary>
public sealed record ImportError(int Row, string Column, string Reason);

/// <summary>
/// The template's columns and the rules of each cell. Codes are the snake_case values of
/// docs/INDICATORS.md; a yes/no cell also takes true/false and 1/0; dates are YYYY-MM-DD. An empty
/// required field is not an error: it makes the participant incomplete.
/// </summary>
public sealed class ImportTemplate(Func<string, string> text)
{
    public static readonly string[] Columns =
    [
        "external_id", "last_name", "first_name", "father_name", "birth_date", "gender", "amka", "afm", "entry_date",
        "exit_date", "labour_status", "unemployed_months", "isced", "disability", "third_country_national",
        "foreign_background", "minority", "homeless", "other_disadvantaged", "rural", "exit_situation",
        "qualification_gained", "situation_6m", "improved_6m",
    ];

    /// <summary>Maps the header to column positions; missing or unknown columns are errors of row 1.</summary>
    public int[]? MapHeader(IReadOnlyList<string> header, List<ImportError> errors)
    {
        var names = header.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var positions = new int[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            positions[i] = names.IndexOf(Columns[i]);
            if (positions[i] < 0)
            {
                errors.Add(new ImportError(1, Columns[i], text("MissingColumn")));
            }
        }

        foreach (var unknown in names.Where(n => n.Length > 0 && !Columns.Contains(n)))
        {
            errors.Add(new ImportError(1, unknown, text("UnknownColumn")));
        }

        return errors.Count == 0 ? positions : null;
    }

    public ParticipantRow? Parse(int number, IReadOnlyList<string> cells, int[] map, List<ImportError> errors)
    {
        var before = errors.Count;
        string? Cell(int column)
        {
            var position = map[column];
            var value = position < cells.Count ? cells[position].Trim() : "";
            return value.Length == 0 ? null : value;
        }

        void Bad(int column, string key) => errors.Add(new ImportError(number, Columns[column], text(key)));

        string? Text(int column, int max)
        {
            var v = Cell(column);
            if (v is not null && v.Length > max)
            {
                Bad(column, "TooLongCell");
            }

            return v;
        }

        DateOnly? Date(int column)
        {
            var v = Cell(column);
            if (v is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year >= 1900)
            {
                return d;
            }

            Bad(column, "ImpossibleDate");
            return null;
        }

        T? Code<T>(int column) where T : struct, Enum
        {
            var v = Cell(column);
            if (v is null)
            {
                return null;
            }

            var pascal = string.Concat(v.ToLowerInvariant().Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
            if (Enum.TryParse<T>(pascal, ignoreCase: false, out var value) && Enum.IsDefined(value) && v.All(c => char.IsAsciiLetter(c) || c == '_'))
            {
                return value;
            }

            Bad(column, "UnknownCode");
            return null;
        }

        bool? YesNo(int column)
        {
            var v = Cell(column)?.ToLowerInvariant();
            switch (v)
            {
                case null: return null;
                case "yes" or "true" or "1": return true;
                case "no" or "false" or "0": return false;
                default:
                    Bad(column, "UnknownCode");
                    return null;
            }
        }

        YesNoRefused? Sensitive(int column) => Cell(column)?.ToLowerInvariant() == "refused"
            ? YesNoRefused.Refused
            : YesNo(column) switch { true => YesNoRefused.Yes, false => YesNoRefused.No, null => null };

        int? Number(int column, int min, int max)
        {
            var v = Cell(column);
            if (v is null)
            {
                return null;
            }

            if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            Bad(column, column == 12 ? "IscedOutOfRange" : "BadNumber");
            return null;
        }

        var externalId = Text(0, 50);
        var lastName = Text(1, 100);
        var firstName = Text(2, 100);
        var fatherName = Text(3, 100);
        var birthDate = Date(4);
        var gender = Code<Gender>(5);

        string? amka = null;
        if (Cell(6) is { } amkaText)
        {
            if (Amka.IsError(Amka.Check(amkaText)))
            {
                Bad(6, "BadAmka");
            }
            else
            {
                amka = Amka.Normalize(amkaText);
            }
        }

        string? afm = null;
        if (Cell(7) is { } afmText)
        {
            afm = Afm.Normalize(afmText);
            if (afm is null || !Afm.IsValid(afm))
            {
                Bad(7, "BadAfm");
            }
        }

        var entryDate = Date(8);
        if (entryDate is null && Cell(8) is null)
        {
            Bad(8, "MissingEntryDate");
        }

        var exitDate = Date(9);
        if (exitDate < entryDate)
        {
            Bad(9, "ExitBeforeEntry");
        }

        if (birthDate > entryDate)
        {
            Bad(4, "BirthAfterEntry");
        }

        if (lastName is null)
        {
            Bad(1, "NameRequired");
        }

        if (firstName is null)
        {
            Bad(2, "NameRequired");
        }

        var row = new ParticipantRow(
            number, externalId, lastName ?? "", firstName ?? "", fatherName, birthDate, gender, amka, afm, entryDate ?? default, exitDate,
            Code<LabourStatus>(10), Number(11, 0, 600), Number(12, 0, 8),
            Sensitive(13), YesNo(14), Sensitive(15), Sensitive(16), Sensitive(17), Sensitive(18), YesNo(19),
            Code<ExitSituation>(20), YesNo(21), Code<SituationAfterSixMonths>(22), YesNo(23));
        return errors.Count == before ? row : null;
    }
}
