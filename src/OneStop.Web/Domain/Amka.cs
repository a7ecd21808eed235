using System.Globalization;

namespace OneStop.Web.Domain;

public enum AmkaCheck
{
    Valid,
    Empty,
    WrongLength,
    NotDigits,
    ChecksumFailed,

    /// <summary>The number is valid but its first six digits are not the birth date (a warning).</summary>
    BirthDateMismatch,
}

/// <summary>
/// ΑΜΚΑ (social security number): 11 digits, the first six the birth date DDMMYY, the whole number
/// passing the Luhn check. A failed Luhn check is an error; a date part that differs from the birth
/// date is only a warning, since real ΑΜΚΑs with inexact dates exist.
/// </summary>
public static class Amka
{
    public static string Normalize(string? value) => new((value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static AmkaCheck Check(string? value, DateOnly? birthDate = null)
    {
        var amka = Normalize(value);
        if (amka.Length == 0)
        {
            return AmkaCheck.Empty;
        }

        if (!amka.All(char.IsAsciiDigit))
        {
            return AmkaCheck.NotDigits;
        }

        if (amka.Length != 11)
        {
            return AmkaCheck.WrongLength;
        }

        if (!Luhn(amka))
        {
            return AmkaCheck.ChecksumFailed;
        }

        return birthDate is { } date && amka[..6] != date.ToString("ddMMyy", CultureInfo.InvariantCulture)
            ? AmkaCheck.BirthDateMismatch
            : AmkaCheck.Valid;
    }

    public static bool IsError(AmkaCheck check) => check is AmkaCheck.WrongLength or AmkaCheck.NotDigits or AmkaCheck.ChecksumFailed;

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }
}
